"""The GraphQL API: HTTP transport, context, Relay helpers and error handling."""
