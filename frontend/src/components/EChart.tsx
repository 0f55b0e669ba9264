/**
 * A tiny ECharts wrapper: `<EChart option={…} height={320} />`.
 *
 * Only the charts and components registered below are bundled (tree-shaken `echarts/core`);
 * register more here when a page needs them. Import this component only from lazy pages so
 * ECharts never weighs on the sign-in route.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;

type Props = {
  option: EChartOption;
  height?: number | string;
  style?: CSSProperties;
  /** Replace the option instead of merging it (when series come and go). */
  notMerge?: boolean;
  onClick?: (params: unknown) => void;
};

export default function EChart({ option, height = 320, style, notMerge = true, onClick }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge });
  }, [option, notMerge]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return undefined;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  return <div ref={element} style={{ width: '100%', height, ...style }} />;
}
