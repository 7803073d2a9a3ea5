import { decodeCursor, encodeCursor, pageSize, toPage } from '../pagination';

describe('cursor pagination', () => {
  it('defaults, accepts up to the cap, and rejects above it naming the field', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(100, 100)).toBe(100);
    expect(() => pageSize(101, 100)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
    expect(() => pageSize(0, 100)).toThrow(/first/);
  });

  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'AP1']), 2)).toEqual(['2026-01-01T00:00:00.000Z', 'AP1']);
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(/after/);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/after/);
  });

  it('builds a page from size + 1 rows', () => {
    const page = toPage([1, 2, 3], 2, (n) => [n]);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
  });
});
