// Entity patterns as data (spaCy's EntityRuler and Matcher patterns): head nouns that close an
// open-class name, words that stop a name on its left, titles that anchor a person's name, and
// the head words that type a quoted or bracketed name.
import type { EntityType } from '../model.js';

/** Head nouns that close an agency name (longest match wins at a position). */
export const AGENCY_HEADS = [
  // congresses, parties, governments
  '人大常委会', '常委会', '人民代表大会', '人大', '政协', '委员会', '工委', '党委', '党组', '政府', '人民政府', '街道办事处', '街道', '办事处',
  '村委会', '居委会', '社区', '镇', '乡',
  // offices and departments
  '办公厅', '办公室', '协调办', '办', '厅', '局', '委', '部', '处', '科', '所', '站',
  // coordination bodies
  '联席会议', '领导小组', '协调小组', '工作小组', '工作专班', '专班', '督导组', '执法检查组', '工作组', '检查组', '调研组',
  // police, courts, procuratorates
  '总队', '支队', '大队', '中队', '分局', '派出所', '警务站', '警务室', '工作站', '法院', '人民法院', '法庭', '检察院', '人民检察院', '警方',
  // centres, institutes, schools
  '中心', '分中心', '研究中心', '研究院', '研究所', '考试院', '学院', '大学', '中学', '小学', '学校', '医院',
  // finance and business
  '银行', '总行', '分行', '支行', '中心支行', '营业部', '公司', '分公司', '集团', '协会', '学会', '联合会', '商会', '基金会', '联盟',
  // media
  '日报', '晚报', '晨报', '商报', '都市报', '法治报', '法制报', '报社', '新闻网', '电视台', '广播电视台', '广播电台', '融媒体中心', '在线', '频道', '卫视', '栏目组',
];

/** Heads that name a body on their own, without a place or level before them. */
export const STANDALONE_HEADS = new Set([
  '联席会议', '领导小组', '协调小组', '工作专班', '专班', '督导组', '执法检查组', '协会', '学会', '联合会', '基金会', '联盟', '中心', '分中心',
  '日报', '晚报', '晨报', '商报', '都市报', '法治报', '新闻网', '电视台', '学院', '大学', '银行', '公司', '集团', '派出所', '工作站',
]);

/** Heads of bodies that, written without a place, are the document's own region's (我省成立…协调小组, 反诈中心). */
export const REGIONAL_HEADS = /(?:协调小组|领导小组|工作小组|联席会议|专班|中心|分中心|办公室|指挥部)$/;

/** Parents too broad to be annotated as the body a unit is part of (省委 of 省委宣传部, 人大 of 人大联工委). */
export const NOT_PARENT_HEADS = /(?:委|人大|人民代表大会|政协|党委|党组|办)$/;

export const SUBUNIT_HEADS = new Set([
  '工委', '委员会', '办公厅', '办公室', '办', '处', '科', '所', '总队', '支队', '大队', '中队', '分局', '派出所', '中心', '分中心', '支行', '分行',
  '中心支行', '营业部', '分公司', '专班', '督导组', '部', '局', '庭', '法庭', '研究院', '警务站',
]);

/** Characters before a head that make it part of a verb or another word (督办, 侦办, 部署). */
export const NOT_HEAD_AFTER: Record<string, string> = {
  办: '主督领会承协交转催查包开举创代申帮合侦兴试快严速首督买', 局: '格布当出入结终开大', 部: '全内外局干', 委: '纪常', 人大: '届', 政协: '届', 所: '住场', 处: '到各相之', 科: '学专', 中心: '为以议', 站: '网',
};

/** Modifiers that make a generic phrase of a head, not a body's name (商业银行, 网上银行). */
export const GENERIC_MODIFIER = /^(?:商业|网上|手机|各家|相关|境外|涉诈|诈骗|犯罪|多家|部分|村镇|全部|全体|其他|有关|上述|以上|下属|所属|主要|重点|广大|科技|公安|涉案|辖内|下辖|异常|城区)/;
/** Verbs and adverbs that never stand inside an unprefixed body's name (出售银行卡, 有效打通银行). */
export const VERB_IN_NAME = /出售|打通|增强|有效|进一步|加强|提升|推动|开展|购买|出租|出借|收购|冒充|假冒|虚假|非法|建强|完成|压实|发现|审查|前往|需要/;

/** Heads that cannot follow an agency inside one name: they are its organs or posts (公安局党委副书记). */
export const ORGAN_AFTER_AGENCY = ['党委', '党组', '领导', '班子', '机关'];

/** Places and levels a name may start with, besides gazetteer names. */
export const NAME_PREFIXES = [
  '中共中央', '中共', '中国共产党', '人行', '中华人民共和国', '国务院', '党中央', '全国', '中央', '国家', '最高', '中国',
  '省委', '市委', '县委', '区委', '州委', '镇党委', '省', '市', '县', '区', '州', '镇', '乡', '村', '旗',
];

/** Words that end a name on its left: verbs, prepositions, conjunctions, determiners. */
export const LEFT_STOPS = [
  '的', '了', '在', '对', '向', '将', '把', '被', '由', '赴', '从', '于', '等', '并', '是', '为', '让', '使', '给', '以', '据', '率', '请', '至', '到', '或', '即', '受', '已', '跟', '及其', '会同', '联合',
  '成立', '开展', '召开', '组织', '推进', '印发', '出台', '制定', '指导', '督促', '督导', '督办', '部署', '建立', '发布', '推动', '加强', '落实', '贯彻',
  '研究', '邀请', '发动', '配合', '依托', '通过', '深入', '积极', '认真', '全面', '牵头', '主办', '支持', '实现', '提升', '完成', '完善', '推出', '打造',
  '合作', '举办', '参加', '出席', '听取', '作出', '收悉', '综合', '持续', '坚持', '充分', '发挥', '抄送', '报送', '转发', '要求', '明确', '调整', '统筹',
  '审议', '批准', '表决', '委托', '联系', '进驻', '入驻', '推广', '提醒', '会商', '负责', '承办', '办理', '答复', '协同', '指挥', '带领', '陪同', '走访',
  '考察', '调研', '检查', '视察', '采纳', '送达', '提交', '建议', '提出', '成员', '强化', '对接', '建成', '推送', '移交', '移送', '协助', '参与', '面向',
  '聚焦', '依法', '同时', '目前', '近年来', '今年', '去年', '来到', '走进', '深化', '运用', '健全', '构建', '加大', '开通', '设立', '组建', '转交', '交由',
  '来自', '包括', '各', '本', '该', '其', '相关', '有关', '我', '这', '此', '上门', '实地', '携手', '共同', '分别', '还', '也',
  '称', '说', '讯', '报道', '记者', '通讯员', '向全', '进入', '启动', '举行', '主持', '联动', '推行', '实行', '创建', '关于', '如果', '协调', '要', '围绕', '发现', '压实', '下载', '安装', '掀起', '讨论', '打好', '打赢', '坚决', '一场', '这场', '此次', '本次', '一系列', '系列', '所有', '多家', '几家',
];

/** Words that end an open-class name (…机制, …专项行动, …座谈会) on its left: verbs that take it as object. */
export const NAME_LEFT_STOPS = [
  '的', '了', '在', '对', '向', '将', '把', '被', '由', '赴', '从', '于', '等', '是', '为', '以', '据', '到', '即', '已', '通过', '依托', '召开', '举行', '举办',
  '开展', '组织', '推进', '建立', '建成', '健全', '完善', '构建', '打造', '落实', '强化', '加强', '深化', '运用', '推广', '推行', '实行', '实施', '启动', '部署',
  '参加', '出席', '列席', '印发', '出台', '制定', '发布', '形成', '探索', '创新', '升级', '利用', '用好', '发挥', '坚持', '持续', '深入', '积极', '全面', '认真',
  '按照', '根据', '依据', '贯彻', '提出', '要求', '明确', '支持', '配合', '参与', '牵头', '负责', '主持', '掀起', '讨论', '打好', '打赢',
  '坚决', '一场', '这场', '此次', '本次', '一系列', '系列', '大型', '相应', '共建', '下载', '安装', '使用', '巩固', '开发', '下架', '注册', '做好', '抓好', '搞好', '管好', '落实好', '用好', '建好', '实现', '建强', '完成', '顺利', '加快', '布建', '运行', '启用', '上线', '引入', '研发', '推出', '搭建', '升级', '优化', '依靠', '借助', '或', '并', '还', '也', '各', '该', '本', '其', '我', '这', '此', '相关', '有关',
];

/** Titles and roles that anchor a person's name (before or after it). Longest first is applied in code. */
export const PERSON_TITLES = [
  '党组书记', '党组副书记', '党组成员', '党委书记', '党委副书记', '党委委员', '纪委书记', '纪委副书记', '书记', '副书记', '常委', '委员',
  '省长', '副省长', '常务副省长', '市长', '副市长', '常务副市长', '县长', '副县长', '区长', '副区长', '州长', '副州长', '镇长', '副镇长', '乡长',
  '主任', '副主任', '常务副主任', '主任委员', '副主任委员', '主席', '副主席', '秘书长', '副秘书长', '部长', '副部长', '厅长', '副厅长', '局长', '副局长',
  '处长', '副处长', '科长', '副科长', '所长', '副所长', '院长', '副院长', '检察长', '副检察长', '庭长', '副庭长', '审判员', '检察官', '法官',
  '组长', '副组长', '队长', '副队长', '大队长', '支队长', '总队长', '政委', '教导员', '指导员', '警长', '高级警长', '民警', '警官', '辅警',
  '校长', '副校长', '行长', '副行长', '董事长', '总经理', '副总经理', '经理', '社长', '总编辑', '主编',
  '国务委员', '代表', '人大代表', '政协委员', '提案者', '提案人', '领衔代表', '记者', '通讯员', '作者', '编辑', '责任编辑', '文', '图', '摄影', '一审', '二审', '三审', '校对', '审核', '律师', '研究员', '召集人', '总召集人', '教授', '专家', '网格员', '村警', '负责人', '发言人', '新闻发言人', '同志', '总书记', '总理', '副总理',
];

/** Roles that only stand before a name (记者李文杰), never after it. */
const ROLES_BEFORE_ONLY = new Set(['提案者', '提案人', '领衔代表', '文', '图', '摄影', '一审', '二审', '三审', '校对', '审核', '记者', '通讯员', '作者', '编辑', '责任编辑', '民警', '辅警', '网格员', '村警', '负责人', '发言人', '新闻发言人', '召集人', '总召集人', '律师', '研究员', '专家', '教授']);
/** Titles that may stand after the name instead (柳新群代表, 毛伟明省长, 习近平总书记). */
export const TITLES_AFTER_NAME = PERSON_TITLES.filter((t) => !ROLES_BEFORE_ONLY.has(t));

/** Words that may follow a person's name (its right boundary). */
export const AFTER_PERSON = [
  '率', '带领', '带队', '一行', '出席', '主持', '指出', '表示', '介绍', '强调', '讲话', '参加', '等', '同志', '在', '对', '就', '向', '和', '与', '作', '说',
  '认为', '要求', '提出', '代表', '委员', '领衔', '详细', '解读', '通报', '回答', '答复', '传达', '汇报', '宣读', '致辞', '报道', '摄', '到', '赴', '深入', '来到',
  '听取', '现场', '希望', '充分', '积极', '也', '还', '为', '从', '当选', '任', '是', '就此', '围绕', '针对', '结合', '提问', '发出', '则', '正在', '记者', '通讯员', '编辑', '来源', '认真',
];

/** Common Chinese surnames (general knowledge; compound ones first). */
export const SURNAMES =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 ' +
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习'.split(/\s+|(?=[\u4e00-\u9fff])/).filter((s) => s.length > 0);

/** Head words that type a quoted (“…”) name. */
export const QUOTED_HEADS: { type: EntityType; heads: string[] }[] = [
  { type: 'Campaign', heads: ['行动', '专项行动', '战役', '会战', '宣传月', '宣传周', '宣传日', '活动', '攻坚战', '专项整治', '百日', '清零', '反诈'] },
  { type: 'Measure', heads: ['机制', '制度', '平台', '体系', '模式', '工程', '热线', '清单', '系统', 'APP', 'App', '标准', '网络', '中心APP', '专线', '工作法', '原则', '制', '认证', '经验'] },
];

/** Head words after a quoted name that type it (“断卡”行动, “三清单一考核”制度). */
export const HEAD_AFTER_QUOTE: { type: EntityType; heads: string[] }[] = [
  { type: 'Campaign', heads: ['专项行动', '专项攻坚行动', '行动', '战役', '会战', '宣传月', '活动', '专项整治', '攻坚战', '创建活动', '创建', '建设', '签名活动', '主题活动', '宣传活动', '系列活动'] },
  { type: 'Measure', heads: ['机制', '制度', '平台', '体系', '模式', '工程', '热线', '清单', '总体思路', '工作法', '标准', '要求', '工作', 'APP', 'App', 'app', '经验', '系统', '原则', '理念', '思路', '做法', '公众号', '（'] },
];

/** Words after a quoted slogan that make it a state of affairs, not a named thing (“全民反诈、全社会反诈”工作格局). */
export const SLOGAN_AFTER_QUOTE = /^(?:工作)?新?格局/;

/** Verbs that must stand right before some open-class names: a 联席会议 held is a meeting (else a body), a 规范 drawn up is a document. */
const HELD = /(?:召开|举行|主持|参加|出席|列席)$/;
const DRAWN_UP = /(?:制定|出台|印发|修订|发布|建立健全|建立|完善|下发|起草|编制)了?$/;

/** Meetings held many times (多次召开全省部署会) are a kind of meeting, not one; a standing one held regularly (定期召开…联席会议) stays. */
export const REPEATED_MEETING_BEFORE = /(?:多次|多轮|多场|先后|反复)(?:组织)?(?:召开|举行|举办)$/;

/** A field visit is a meeting named by where it goes and what it looks into (赴省反诈中心调研, 到邵东调研禁毒和反电诈工作). */
export const VISIT_MEETING = /(?<=赴|到|前往)([^，。；、和,;\s]{2,12}?调研(?:[^，。；、,;\s]{0,12}?工作)?)(?=[，。；,;]|并)/g;
/** Words that make the stretch before 调研 a clause of its own, not a destination (赴市公安局召开调研座谈会). */
export const NOT_DESTINATION = /召开|举行|参加|开展|组织|进行/;

/** Heads of unquoted open-class names, with the longest name the left scan may take. */
export const OPEN_HEADS: { type: EntityType; heads: string[]; maxLen: number; after?: RegExp }[] = [
  { type: 'Meeting', heads: ['联席会议'], maxLen: 30, after: HELD },
  { type: 'Law', heads: ['规范', '标准', '办法', '实施方案', '工作方案', '行动方案', '细则', '实施意见', '指引', '工作规范'], maxLen: 24, after: DRAWN_UP },
  { type: 'Campaign', heads: ['专项行动', '专项整治行动', '集中行动', '宣传月活动', '宣传月', '人民战争', '攻坚战', '宣传活动', '普法宣传活动', '宣传教育活动'], maxLen: 24 },
  { type: 'Measure', heads: ['机制', '制度', '平台', '体系', '清单', '热线', '预警平台', '工作法', 'APP', 'App', 'app', '拦截系统', '反诈系统', '防范系统', '实验室', '机器人'], maxLen: 24 },
  { type: 'Meeting', heads: ['会议', '工作会议', '座谈会', '推进会', '部署会', '发布会', '新闻发布会', '调度会', '研讨会', '专题询问会', '专题询问', '启动仪式', '常委会会议', '常务会议', '全体会议', '汇报会', '专题会议', '培训会', '动员会', '现场会'], maxLen: 30 },
];

/** Unquoted names listed before a shared head (组织开展网络宣传周、网络文化节等活动). */
export const LISTED_CAMPAIGNS = /(?<=开展|组织开展|举办|部署|启动)((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等(?:系列)?(?:活动|专项行动|行动)/g;

/** …、…等机制: the items named before a shared measure head (案件通报、风险评估、预警处置等机制). */
export const LISTED_MEASURES = /((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等(机制|制度|平台|体系)/g;

/** Congress and party sessions (省十三届人大五次会议, 党的十九届五中全会); a level or place before them is added in code. */
export const SESSION_PATTERNS = [
  /第?[一二三四五六七八九十]+届(?:全国)?(?:人大|人民代表大会|政协)(?:常委会)?第?[一二三四五六七八九十\d]+次(?:全体)?会议/g,
  /党的(?:第)?[一二三四五六七八九十]+(?:届[一二三四五六七八九十]+中全会|大)/g,
];

/** Labels before a name in a reply's contact line (承办人：省公安厅刑侦总队吴彦涛). */
export const CONTACT_LABELS = /(?:承办人|联系人|经办人)[：:]$/;

/** 《…》 titles typed by their last words. */
export const LAW_TITLE_END = /(?:法|条例|办法|意见|方案|规定|决定|决议|指引|通知|通告|公告|细则|规划|要点|规则|纲要|指南|解释|协议|标准|清单|制度|机制|规范|守则|公约|措施|草案|修正案|批复|章程|计划|通知书|建议书|意见书|决定书|告知书)(?:（[^）]*）)?$/;
export const PROPOSAL_TITLE_END = /(?:建议|提案|议案)$/;

/** Generic classes of bodies that act as one actor in duty clauses, scoped to the document's region. */
export const GENERIC_ACTORS = ['公安机关', '检察机关', '审判机关', '司法行政机关', '通信管理部门', '网信部门', '金融管理部门', '教育部门', '市场监管部门', '宣传部门'];

/** References to the author of a reply (我局, 本院, 我们). */
export const AUTHOR_REFS = /(?:我|本)(?:厅|局|委|办|院|部|会|中心|行|司|所|校)|我们/g;
