import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents: write `graphql(`...`)` from src/gql next to the component, then
// `npm run codegen` (also run by build and typecheck) regenerates src/gql/.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown', Upload: 'File' },
      },
    },
  },
};

export default config;
