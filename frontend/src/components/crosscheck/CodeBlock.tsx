import { Typography } from 'antd';

/** Pre-formatted, copyable text (seed text, commands, JSON records). */
export function CodeBlock({ text, testId }: { text: string; testId?: string }) {
  return (
    <Typography.Paragraph copyable={{ text }} style={{ marginBottom: 0 }}>
      <pre className="tc-code" data-testid={testId} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto', margin: 0 }}>
        {text}
      </pre>
    </Typography.Paragraph>
  );
}
