import { useDirection } from '@mantine/core';

/**
 * Axis settings that mirror a chart for right-to-left readers: categories run from the right and
 * the value axis stands on the right, as Arabic readers scan. `bars: 'horizontal'` is a chart whose
 * bars grow sideways (categories on the vertical axis), which then grow leftwards.
 */
export function useChartDirection(bars: 'vertical' | 'horizontal') {
  const rtl = useDirection().dir === 'rtl';
  return bars === 'vertical'
    ? {
        xAxisProps: { reversed: rtl },
        yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const) },
      }
    : {
        xAxisProps: { reversed: rtl },
        yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), width: 150 },
      };
}
