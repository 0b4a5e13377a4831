// What kind of body an agency is, by the words its name holds (data, like the other patterns): the matrix groups
// its rows by it. First match wins, so the more specific kinds come first (公安厅网安总队 is 公安, 省委网信办 网信).
export const AGENCY_KINDS: { kind: string; en: string; pattern: RegExp }[] = [
  { kind: '协调机构', en: 'coordination body', pattern: /协调小组|领导小组|联席会议|工作专班|专班|联席办|协调办|指挥部|反诈中心|反电信网络诈骗(?:犯罪)?中心/ },
  { kind: '公安', en: 'public security', pattern: /公安|警|派出所|刑侦|网安/ },
  { kind: '网信', en: 'cyberspace', pattern: /网信|网络安全和信息化/ },
  { kind: '通信', en: 'telecom', pattern: /通信管理|通管|电信|移动|联通|广电网络|铁塔/ },
  { kind: '金融', en: 'finance', pattern: /银行|金融|银保监|证监|保险|支付|信用社|人行/ },
  { kind: '司法', en: 'justice', pattern: /法院|检察|司法|法庭/ },
  { kind: '教育', en: 'education', pattern: /教育|学校|大学|学院|中学|小学|考试院/ },
  { kind: '人大政协', en: 'congress', pattern: /人大|人民代表大会|政协|代表团|工委/ },
  { kind: '宣传媒体', en: 'media', pattern: /宣传部|日报|晚报|晨报|报社|电视台|广播|新闻|网$|卫视|在线|融媒体/ },
  { kind: '市场监管', en: 'market regulation', pattern: /市场监督|市场监管|工商/ },
  { kind: '党委政府', en: 'party and government', pattern: /党委|省委|市委|县委|区委|州委|人民政府|政府|办公厅|办公室|国务院|中央/ },
  { kind: '基层', en: 'grassroots', pattern: /街道|社区|村委会|居委会|[镇乡]$|村$/ },
];

export const OTHER_KIND = { kind: '其他', en: 'other' };
