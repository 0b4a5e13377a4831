// Patterns of document structure, as data: header-table labels, genre cues, bylines and datelines.
import type { Genre } from '../pipeline/doc.js';

/** Header-table field labels (政府信息公开 tables, news page heads) and the field each fills. */
export const HEADER_FIELDS: Record<string, 'number' | 'author' | 'date' | 'title' | 'source' | 'ignore'> = {
  索引号: 'ignore',
  主题分类: 'ignore',
  载体分类: 'ignore',
  有效性: 'ignore',
  点击: 'ignore',
  点击数: 'ignore',
  作者: 'ignore',
  编辑: 'ignore',
  责任编辑: 'ignore',
  文号: 'number',
  '备注/文号': 'number',
  发文字号: 'number',
  发布机构: 'author',
  发文单位: 'author',
  发文机关: 'author',
  发布单位: 'author',
  成文日期: 'date',
  成文时间: 'date',
  公文生成日期: 'date',
  发文时间: 'date',
  发布日期: 'date',
  发布时间: 'date',
  更新时间: 'date',
  标题: 'title',
  来源: 'source',
};

/** Genre cues, tried in order on the title (then the head); the first that matches decides. */
export const GENRE_CUES: { genre: Genre; title?: RegExp; head?: RegExp }[] = [
  { genre: 'reply_to_proposal', title: /提案.*(?:答复|复函|的函|回复)|(?:答复|复函).*提案/, head: /提案复字|提案的答复|提案办理/ },
  { genre: 'reply_to_suggestion', title: /(?:建议|议案).*(?:答复|复函|的函|回复|办理情况)/, head: /建议复字|建议的答复|议案的答复|第\d+号建议.{0,20}收悉/ },
  { genre: 'inquiry', title: /专题询问/ },
  { genre: 'resolution', title: /关于.{2,80}的(?:决议|决定)$|^[^，,]{0,30}(?:决议|决定)$/ },
  { genre: 'plan', title: /方案(?:的通知)?$|工作要点$|实施意见$/ },
  { genre: 'notice', title: /通知$|通告$|公告$|意见$|办法$|规定$/ },
  { genre: 'congress_newsletter', head: /联络动态|人大工作通讯|工作简报|LIANLUODONGTAI|^第\d+期$/m },
  { genre: 'meeting_news', title: /会议|座谈会|推进会|部署会|发布会|调度会|研讨会|启动仪式|联席会/ },
  { genre: 'news_report', head: /记者|通讯员|讯[（(]|来源[：:]|日讯|报道[：:]/ },
];

/** Genres that are replies: the author is the carried subject of clauses without one. */
export const REPLY_GENRES: ReadonlySet<Genre> = new Set(['reply_to_suggestion', 'reply_to_proposal']);

/** Line of an addressee of a reply: 丁宇代表： / 张三、李四委员： / 民盟XX市委会： */
export const ADDRESSEE_RE = /^([\u4e00-\u9fff、·]{2,60}?)(代表|委员|同志)(?:们)?[：:]$/;
export const ORG_ADDRESSEE_RE = /^((?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|共青团)[\u4e00-\u9fff]{0,20}?(?:委员会|委会|支部|总支|团委|市委|省委)?)[：:]$/;

/** A document number: 湘公复〔2022〕12号, 惠东桥政〔2021〕44号. */
export const NUMBER_RE = /([\u4e00-\u9fff]{1,12})[〔［\[【（(](\d{4})[〕］\]】）)](?:第)?(\d{1,5})号/;
