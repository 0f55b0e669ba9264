/**
 * Extra ECharts parts for the dashboard charts (radar, error bars). Registering is global
 * and idempotent; importing this module from a lazy page keeps ECharts off the sign-in route.
 */
import { CustomChart, RadarChart, ScatterChart } from 'echarts/charts';
import { MarkLineComponent, RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

echarts.use([RadarChart, CustomChart, ScatterChart, RadarComponent, MarkLineComponent]);

export { default as EChart } from '../EChart';
export type { EChartOption } from '../EChart';
