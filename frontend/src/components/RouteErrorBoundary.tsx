import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n';

function Failure({ chunk }: { chunk: boolean }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={chunk ? t('error.chunk') : t('error.unknown')}
      extra={<Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>}
    />
  );
}

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null; key?: string };

/** Catches a page that failed to render or to load (stale lazy chunk after a deploy). */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Navigating elsewhere clears the error.
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error): void {
    console.error(error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return <Failure chunk={chunk} />;
  }
}
