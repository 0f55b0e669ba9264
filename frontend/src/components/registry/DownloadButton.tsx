import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { DownloadError, downloadFile } from './download';

type Props = {
  url: string;
  /** Used when the server sends no file name. */
  filename: string;
  children: ReactNode;
} & Pick<ButtonProps, 'type' | 'size' | 'block' | 'icon'>;

/** A button that downloads `/download/…` with the viewer's credentials; errors in Chinese. */
export function DownloadButton({ url, filename, children, icon, ...button }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await downloadFile(url, filename, { network: t('error.network'), unknown: t('error.unknown') });
    } catch (error) {
      void message.error(error instanceof DownloadError ? error.message : t('error.unknown'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button {...button} icon={icon ?? <DownloadOutlined />} loading={busy} onClick={() => void start()}>
      {children}
    </Button>
  );
}
