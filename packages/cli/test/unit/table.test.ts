import { clip, displayWidth, table } from '../../src/output/table';

describe('table', () => {
  test('when rows mix Arabic with harakat and Latin names, then columns line up by display width', () => {
    const rows = [
      { name: 'أكاديمية تعلّم', score: 7 },
      { name: 'Shams Solar', score: 82 },
    ];
    const lines = table(
      rows,
      [
        { header: 'Name', value: (r) => r.name },
        { header: 'Score', value: (r) => r.score, align: 'right' },
      ],
      'none',
    ).split('\n');
    const widths = lines.map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(lines[2]).toContain('أكاديمية تعلّم');
    expect(lines[3]).toMatch(/Shams Solar\s+82$/);
  });

  test('when there are no rows, then the empty sentence is shown instead of a header', () => {
    expect(table([], [{ header: 'Name', value: () => 'x' }], 'Nothing here yet.')).toBe('Nothing here yet.');
  });

  test('when a cell is longer than its column allows, then it is clipped with an ellipsis', () => {
    expect(clip('Rooftop solar with battery backup', 10)).toBe('Rooftop s…');
    expect(displayWidth(clip('Rooftop solar with battery backup', 10))).toBe(10);
  });
});
