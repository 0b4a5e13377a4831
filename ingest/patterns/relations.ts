// Relation patterns as data: trigger words per relation type, what their targets may be, and how
// confident a fact from them is. Clause-level: a trigger links the clause's subject to the
// mentions after it in the same clause.
import type { EntityType, RelationType } from '../model.js';

export interface TriggerRule {
  id: string;
  type: RelationType;
  words: string[];
  targets: EntityType[];
  /** Only targets found by this mention rule (到 leads a field visit, not every meeting after 得到). */
  targetRule?: string;
  confidence: number;
}

export const TRIGGERS: TriggerRule[] = [
  { id: 'lead.head', type: 'LEADS', words: ['牵头', '负责', '主办', '领办', '统筹', '主持', '承办', '牵头办理', '组织召开', '组织开展', '组织'], targets: ['Campaign', 'Measure', 'Meeting', 'Proposal'], confidence: 0.85 },
  // 依托“拔钉”“长城”行动: taking part in a campaign that others run
  { id: 'attend.rely', type: 'PARTICIPATES_IN', words: ['依托', '参与', '投入', '加入', '参加'], targets: ['Campaign'], confidence: 0.7 },
  { id: 'lead.hold', type: 'LEADS', words: ['召开', '举办', '举行', '启动', '部署', '发起'], targets: ['Meeting', 'Campaign'], confidence: 0.8 },
  // 张庆伟书记赴省反诈中心调研: whoever makes a field visit leads it
  { id: 'lead.visit', type: 'LEADS', words: ['赴', '到', '前往'], targets: ['Meeting'], targetRule: 'meeting.visit', confidence: 0.7 },
  { id: 'lead.set-up', type: 'LEADS', words: ['成立', '组建', '设立', '牵头成立', '调整', '调整了', '重新组建'], targets: ['Agency', 'Measure'], confidence: 0.7 },
  {
    id: 'lead.run',
    type: 'LEADS',
    words: ['开展', '推进', '推广', '打造', '建立', '建立健全', '健全', '完善', '实施', '推行', '实行', '运用', '加强', '强化', '深化', '依托', '构建', '创新', '建成', '开通', '上线', '研发', '探索', '用好', '利用', '通过', '坚持', '落实', '深入推进', '持续', '发挥', '建设', '搭建', '升级', '形成', '提升', '加大', '突出', '优化', '开设', '开辟', '推出', '布建', '运行', '完成'],
    targets: ['Campaign', 'Measure', 'Meeting'],
    confidence: 0.6,
  },
  { id: 'co.partner', type: 'CO_HANDLES', words: ['配合', '协同', '协助', '协办', '会办', '参与', '共同', '联合开展', '参与办理'], targets: ['Campaign', 'Measure', 'Proposal'], confidence: 0.7 },
  { id: 'supervise.trigger', type: 'SUPERVISES', words: ['督办', '督导', '督促', '监督', '指导', '检查', '视察', '考核', '督查', '调研', '重点督办', '跟踪监督', '询问'], targets: ['Agency', 'Proposal'], confidence: 0.75 },
  { id: 'cite.trigger', type: 'CITES', words: ['根据', '依据', '按照', '贯彻落实', '贯彻', '落实', '依照', '遵照', '执行', '实施', '学习', '宣传', '解读', '对照', '适用', '施行'], targets: ['Law'], confidence: 0.75 },
  { id: 'issue.trigger', type: 'ISSUED', words: ['印发', '出台', '制定', '发布', '通过', '表决通过', '审议通过', '颁布', '下发', '修订', '起草', '联合制定', '联合印发', '联合发布', '签订', '签署', '编制', '研究制定', '传发', '建立健全', '建立'], targets: ['Law'], confidence: 0.8 },
  // speaking at a meeting is taking part in it (counted in meeting reports only)
  { id: 'attend.speech', type: 'PARTICIPATES_IN', words: ['提问', '致辞', '发言', '讲话', '表态', '作报告', '作汇报', '做了经验介绍', '作经验介绍', '回答'], targets: ['Meeting'], confidence: 0.7 },
  { id: 'attend.trigger', type: 'PARTICIPATES_IN', words: ['出席', '参加', '列席', '参会', '应询', '陪同', '投入', '参与', '加入'], targets: ['Meeting', 'Campaign'], confidence: 0.8 },
];

/** Words before a mention that make it the object, not the subject, of its clause. */
export const OBJECT_MARKERS = ['对', '向', '在', '到', '赴', '来到', '走进', '深入', '听取', '邀请', '组织', '召集', '为', '给', '将', '把', '与', '同', '和', '会同', '联合', '通过', '依托', '视察', '督导', '督办', '检查', '调研', '考察', '指导', '督促', '转交', '交由', '关于', '经', '据'];

/** Words before partners of the subject: they co-handle what it leads or issues. */
export const PARTNER_MARKERS = ['会同', '联合', '配合', '协同', '联手', '携手', '邀请', '组织', '协调', '与', '率', '带领', '率领'];

/** A clause in which a list of actors acts together: each co-handles instead of leading. */
export const JOINT_MARKERS = /联合|共同|携手|联手/;
/** Partners named only as a class, acting 共同 with the subject (联合有关部门共同推进…): none leads. Without 共同 (联合有关部门开展…) the subject leads. */
export const UNNAMED_PARTNERS = /(?:联合|会同|协同|携手)(?:有关|相关|其他|各)(?:部门|单位)[^，。；]{0,6}共同/;

/** A clause opening that refers back to the last meeting (会议指出 / 会议强调 / 会上). */
export const MEETING_ANAPHOR = /^(?:会议|会上|会议上|座谈会上|会中)/;

/** A post without its body (局长胥红, 副校长黄涛) belongs to the body named last with this head. */
export const HEAD_OF_POST: [RegExp, RegExp][] = [
  [/厅长$/, /厅$/], [/局长$/, /局$/], [/院长|检察长$/, /院$/], [/行长$/, /行$/], [/校长$/, /(?:学校|学院|大学|中学|小学)$/], [/所长$/, /所$/], [/队长$/, /队$/],
];

/** Subunit tails that make PART_OF from a compound name; 常委会 of 人大 is the same body. */
export const NOT_PART_TAILS = /^(?:常委会|人大常委会|常务委员会|党委|党组|委员会)$/;

/** Posts without a body named before them, which belong to the region's government (副省长 → 省人民政府). */
export const POSTS_OF_GOVERNMENT: Record<string, string> = {
  省长: '省人民政府', 副省长: '省人民政府', 常务副省长: '省人民政府', 市长: '市人民政府', 副市长: '市人民政府', 常务副市长: '市人民政府',
  县长: '县人民政府', 副县长: '县人民政府', 区长: '区人民政府', 副区长: '区人民政府', 州长: '州人民政府', 副州长: '州人民政府',
  国务委员: '国务院', 总理: '国务院', 副总理: '国务院',
};
