import { useDirection } from '@mantine/core';

// The charts' own tick style, with the gap between labels and plot turned to the axis's side.
const tickOn = (side: 'left' | 'right') => ({
  transform: `translate(${side === 'right' ? 10 : -10}, 0)`,
  fontSize: 12,
  fill: 'currentColor',
});

/**
 * Axis settings that mirror a chart for right-to-left readers: categories run from the right and
 * the value axis stands on the right, as Arabic readers scan. `bars: 'horizontal'` is a chart whose
 * bars grow sideways (categories on the vertical axis), which then grow leftwards.
 */
export function useChartDirection(bars: 'vertical' | 'horizontal') {
  const side = useDirection().dir === 'rtl' ? ('right' as const) : ('left' as const);
  return {
    xAxisProps: { reversed: side === 'right' },
    yAxisProps: {
      orientation: side,
      tick: tickOn(side),
      ...(bars === 'horizontal' ? { width: 170 } : {}),
    },
  };
}
