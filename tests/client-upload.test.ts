// The explorer's upload words and pre-checks (client/src/upload.ts): every outcome the server can give, in both languages.
import { describe, expect, it } from 'vitest';
import { outcomeText, phaseText, precheck, type UploadSettings } from '../client/src/upload.ts';

const S: UploadSettings = { enabled: true, maxBytes: 20 * 2 ** 20, extensions: ['.txt', '.docx', '.pdf', '.html', '.htm'] };

describe('upload pre-checks', () => {
  it('refuses what the server would refuse for type or size, and lets the rest through', () => {
    expect(precheck({ name: '报告.DOCX', size: 10 }, S)).toBeUndefined();
    expect(precheck({ name: 'setup.exe', size: 10 }, S)).toMatchObject({ status: 'rejected', code: 'UNSUPPORTED_TYPE' });
    expect(precheck({ name: 'noext', size: 10 }, S)).toMatchObject({ code: 'UNSUPPORTED_TYPE' });
    expect(precheck({ name: 'big.pdf', size: S.maxBytes + 1 }, S)).toMatchObject({ code: 'TOO_LARGE', reason: '20.0 MB' });
    expect(precheck({ name: 'edge.pdf', size: S.maxBytes }, S)).toBeUndefined();
  });
});

describe('upload outcomes in words', () => {
  it('says loaded with its facts, unchanged, and why a file was refused', () => {
    const loaded = { status: 'loaded', file: 'a.docx', document: 'a', entities: 4, relations: 3 } as const;
    expect(outcomeText('zh', loaded, S)).toBe('已载入，共 7 条事实（4 个实体，3 条关系）');
    expect(outcomeText('en', loaded, S)).toBe('Loaded with 7 facts (4 entities, 3 relations)');
    expect(outcomeText('zh', { ...loaded, status: 'unchanged' }, S)).toBe('未变化：相同内容已存储');
    const rejected = (code: string, reason = '') => ({ status: 'rejected' as const, file: 'x.exe', code, reason });
    expect(outcomeText('zh', rejected('UNSUPPORTED_TYPE'), S)).toBe('未载入：不支持的文件类型“.exe”（支持 .txt .docx .pdf .html .htm）');
    expect(outcomeText('en', rejected('TOO_LARGE', 'file is 21.3 MB; one document may be at most 20 MB (split it)'), S)).toBe(
      'Not loaded: the file is 21.3 MB; one document may be at most 20 MB (split it)',
    );
    expect(outcomeText('zh', rejected('UNAUTHENTICATED'), S)).toBe('未载入：写入令牌不正确，请重新输入');
    expect(outcomeText('zh', rejected('UPLOADS_OFF'), S)).toBe('未载入：服务器未开启上传（未配置 WRITE_TOKEN）');
    expect(outcomeText('zh', rejected('DATABASE_UNAVAILABLE'), S)).toBe('未载入：数据库暂时不可用，未写入任何内容，请稍后重试');
    expect(outcomeText('zh', rejected('BAD_DOCUMENT', 'empty file'), S)).toBe('未载入：无法读取文档（empty file）');
    expect(outcomeText('en', { status: 'failed', file: 'a.txt', reason: 'network' }, S)).toBe('Upload failed (network)');
  });

  it('shows the bytes sent, then that the server is extracting', () => {
    expect(phaseText('zh', { kind: 'waiting' }, S)).toBe('等待上传');
    expect(phaseText('zh', { kind: 'sending', sent: 512, total: 3 * 2 ** 20 }, S)).toBe('正在上传 512 B / 3.0 MB');
    expect(phaseText('en', { kind: 'sending', sent: 20480, total: 40960 }, S)).toBe('Uploading 20 KB / 40 KB');
    expect(phaseText('zh', { kind: 'extracting' }, S)).toBe('正在抽取…');
  });
});
