import { describe, expect, it } from 'vitest';
import { toJson, type GraphSnapshot } from '../client/src/graphSnapshot.ts';
import { BOM, csvField, toCsv } from '../client/src/toCsv.ts';
import { toGraphML, xmlEscape } from '../client/src/toGraphML.ts';
import { toSvg } from '../client/src/toSvg.ts';

const snap: GraphSnapshot = {
  nodes: [
    { id: 'a', label: '湖南省公安厅', type: 'Agency', x: 0, y: 0, width: 30, height: 24, color: '#2563eb', shape: 'round-rectangle', aliases: ['省公安厅'], degree: 1 },
    { id: 'b', label: '“断卡”行动 <x>&', type: 'Campaign', x: 100, y: 50, width: 26, height: 26, color: '#dc2626', shape: 'diamond' },
  ],
  edges: [
    {
      id: 'e1', source: 'a', target: 'b', type: 'LEADS', weight: 2, width: 3, color: '#dc2626',
      evidence: [{ document: { id: 'd1' }, quote: '由省公安厅牵头，"断卡"', start: 1, end: 12 }],
    },
    { id: 'dangling', source: 'a', target: 'zz', type: 'CITES', weight: 1, width: 1.5, color: '#999' },
  ],
};

describe('CSV', () => {
  it('quotes fields with commas, quotes and newlines and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
  it('writes nodes and edges with a BOM and CRLF', () => {
    const nodes = toCsv(snap, 'nodes');
    expect(nodes.startsWith(BOM + 'id,name,type')).toBe(true);
    expect(nodes).toContain('a,湖南省公安厅,Agency,省公安厅');
    expect(nodes.split('\r\n')).toHaveLength(4);
    const edges = toCsv(snap, 'edges');
    expect(edges).toContain('e1,a,湖南省公安厅,b,');
    expect(edges).toContain('"由省公安厅牵头，""断卡"""');
  });
});

describe('GraphML', () => {
  it('is escaped XML with keys, nodes, and only edges whose endpoints exist', () => {
    const xml = toGraphML(snap);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<data key="label">“断卡”行动 &lt;x&gt;&amp;</data>');
    expect(xml).toContain('<edge id="e1" source="a" target="b">');
    expect(xml).not.toContain('dangling');
    expect((xml.match(/<node /g) ?? []).length).toBe(2);
    expect(xmlEscape('a\u0001b"')).toBe('ab&quot;');
  });
});

describe('SVG', () => {
  it('draws every node with its label and shape, edges with arrows', () => {
    const svg = toSvg(snap, { title: '反诈治理图谱' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>湖南省公安厅</text>');
    expect(svg).toContain('“断卡”行动 &lt;x&gt;&amp;');
    expect(svg).toContain('<rect x="-15" y="-12" width="30" height="24"');
    expect(svg).toContain('<polygon');
    expect((svg.match(/<line /g) ?? []).length).toBe(1);
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
  it('handles an empty graph', () => {
    expect(toSvg({ nodes: [], edges: [] })).toContain('viewBox="0 0 180 180"');
  });
});

describe('JSON', () => {
  it('keeps evidence and positions', () => {
    const j = JSON.parse(toJson(snap));
    expect(j.nodes[0]).toMatchObject({ id: 'a', name: '湖南省公安厅', position: { x: 0, y: 0 } });
    expect(j.edges[0].evidence[0].quote).toContain('断卡');
  });
});
