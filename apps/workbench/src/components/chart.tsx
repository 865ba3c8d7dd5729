import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

/** ECharts parts used by the workbench, loaded with the first chart (the supervision screens), not before. */
async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([
    charts.BarChart,
    charts.PieChart,
    charts.LineChart,
    charts.HeatmapChart,
    components.GridComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.TitleComponent,
    components.AriaComponent,
    components.VisualMapComponent,
    renderers.CanvasRenderer,
  ]);
  return core;
}

/**
 * A chart with a text alternative: ECharts draws it (its aria option describes the data to screen
 * readers), and the same figures are always in a table beside it.
 */
export function Chart({ option, height = 320, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption: (o: EChartsCoreOption, notMerge?: boolean) => void; dispose: () => void; resize: () => void } | null = null;
    const resize = () => chart?.resize();
    void loadEcharts().then((echarts) => {
      if (disposed || !el.current) return;
      chart = echarts.init(el.current, undefined, { renderer: 'canvas', locale: 'ZH' });
      chart.setOption({ aria: { enabled: true }, textStyle: { fontFamily: 'sans-serif' }, ...option }, true);
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={el} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
