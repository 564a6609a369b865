/**
 * 图表文字（中文）。结构同 slides/charts.ts；`{名称}` 处由模块按中文习惯（Intl）填入数字、日期或名称。
 */
import type { ChartsWords } from '../../src/charts/words.ts';

const coding = {
  '0': '无外交关系',
  '1': '外交关系',
  '2': '全面（友好）合作',
  '3': '有战略合作表述，无伙伴关系称谓',
  '4': '战略伙伴关系（中白之间无此级别的文件）',
  '5': '全面战略伙伴关系',
  '5.5': '带修饰语的全面战略伙伴关系',
  '6': '全天候全面战略伙伴关系',
};

const steps = [
  { label: '建交', document: '关于建立外交关系的协议', wording: '外交关系' },
  { label: '联合声明', document: '关于加强21世纪全面合作的联合声明', wording: '全面友好合作' },
  { label: '联合声明', document: '江泽民与卢卡申科联合声明（北京）', wording: '长期稳定、高度信任、相互合作的全面友好合作' },
  { label: '联合宣言', document: '白俄罗斯共和国和中华人民共和国联合宣言', wording: '全面发展和战略合作的崭新的质的阶段' },
  { label: '全面战略伙伴关系', document: '关于建立全面战略伙伴关系的联合宣言', wording: '全面战略伙伴关系' },
  { label: '友好合作条约', document: '友好合作条约', wording: '两国关系的基础性条约（级别未变）' },
  { label: '+相互信任', document: '2016年9月28日至30日国事访问期间的文件', wording: '相互信任、合作共赢的全面战略伙伴关系' },
  { label: '全天候', document: '关于建立全天候全面战略伙伴关系的联合声明（撒马尔罕）', wording: '全天候全面战略伙伴关系' },
];

/** The IMF series, named in the tables and in the PowerPoint charts' titles. */
const imfSeries = { blr: 'IMF DOTS，白俄罗斯申报', chn: 'IMF DOTS，中国申报' };

const partners = { russia: '俄罗斯', eu27: '欧盟（27国）', ukraine: '乌克兰', china: '中国' };

const words: ChartsWords = {
  common: {
    amount: { template: '{n}亿美元', per: '100', digits: '1' },
    times: '×{n}',
    browser: {
      tooltipValue: '{name}：{value}',
      valueUnit: '{value}{unit}',
      derived: '（推算值）',
      rounded: '（约数）',
      source: '来源：{sources}',
    },
  },
  'trade-growth': {
    title: '白俄罗斯与中国的贸易，2000–2022年',
    finding:
      '按白方数据，{from}年至{to}年白中贸易额扩大到原来的{blrFactor}倍（从{blrFrom}增至{blrTo}），' +
      '按中方数据扩大到原来的{chnFactor}倍（从{chnFrom}增至{chnTo}，IMF DOTS）；' +
      '报告之后公布的官方数据显示，{year}年贸易额为{blrLatest}（白方）和{chnLatest}（中方）。',
    caption: 'IMF数据截至2020年。空心：较晚的官方数据，2022年数据为报告之后公布，2021年部分为推算。',
    footnote:
      'IMF数据为2022年初下载，截至2020年；白俄罗斯国家统计委员会2022年1月公布的数据最多高出{percent}（似为修订，图中未画出）。' +
      '空心：2021–2022年的官方数据，单独列出；2022年数据和2021年分项数据为报告之后公布。' +
      '推算值：增长倍数以及{derived}（见表）。',
    derivedItem: '{years}年{reporter}的{fields}',
    reporter: { blr: '白方统计', chn: '中方统计' },
    fields: { exports: '出口', imports: '进口', turnover: '贸易额' },
    series: {
      'trade-imf-dots-belarus': imfSeries.blr,
      'trade-imf-dots-china': imfSeries.chn,
      'trade-official-belarus': '白俄罗斯官方数据',
      'trade-official-china': '中国官方数据',
      'trade-belstat-revised': '白俄罗斯国家统计委员会2022年1月公布的数据',
    },
    tables: {
      imf: '{statistics}：{series}，{first}–{last}年',
      official: '2021–2022年官方数据：较晚的数据版本，未与IMF序列衔接；大部分为报告之后公布',
      revised: '{series}（图中未画出）：最多比IMF下载数据高{percent}，似为修订',
      milestones: '图中标注的重要节点',
    },
    columns: {
      year: '年份',
      exports: '白俄罗斯对华出口',
      imports: '白俄罗斯自华进口',
      turnover: '贸易额',
      statistics: '统计来源',
      source: '来源',
      published: '公布时间',
      event: '事件',
    },
    events: {
      '2001': '江泽民与卢卡申科在北京发表联合声明（{date}）',
      '2005': '《白俄罗斯共和国和中华人民共和国联合宣言》（{date}）',
      '2013': '《关于建立全面战略伙伴关系的联合宣言》（{date}）',
      '2015': '《友好合作条约》（{date}）',
      '2019': '最高欧亚经济委员会决定《中华人民共和国与欧亚经济联盟经贸合作协定》生效（{date}）',
      '2022': '建立全天候全面战略伙伴关系（{date}）',
    },
    unit: '百万美元',
    published: { before: '报告之前', since: '报告之后', partly: '部分在报告之后' },
    cells: { derived: '≈{n}（推算值）', rounded: '≈{n}' },
    csv: {
      series: '序列',
      statistics: '统计来源',
      year: '年份',
      exports: '出口_百万美元',
      imports: '进口_百万美元',
      turnover: '贸易额_百万美元',
      derived: '推算',
      rounded: '约数',
      source: '来源编号',
      yes: '是',
    },
    views: {
      label: '采用哪一方的统计',
      note: '双方数据为何不同：白俄罗斯按原产国统计进口，包括经俄罗斯或欧盟转运的中国商品，并计入运费和保险费（CIF）；中国统计出口时不计这些费用（FOB）。',
    },
    browser: {
      statistics: { blr: '白方统计', chn: '中方统计' },
      legend: {
        exports: '对华出口',
        imports: '自华进口',
        turnover: '贸易额',
        officialExports: '{span}年官方数据：出口',
        officialImports: '{span}年官方数据：进口',
        officialTurnover: '{span}年官方数据：贸易额',
        official: '2021–22年官方数据（空心；大多在报告之后公布）',
        officialShort: '2021–22年官方数据（空心）',
      },
      axis: '百万美元',
      unit: '百万美元',
      tooltipTitle: '{year}年，{statistics}',
      plotTitle: '{statistics}（{series}）',
      imfSeries,
      band: '{from}–{to}年：贸易额 ×{factor}（推算）',
      milestones: {
        '2001': '2001年联合声明',
        '2005': '2005年联合宣言',
        '2013': '2013年全面战略伙伴',
        '2015': '2015年友好合作条约',
        '2019': '2019年中国—欧亚经济联盟',
        '2022': '2022年全天候',
      },
    },
  },
  'partner-shares': {
    title: '白俄罗斯货物贸易的伙伴构成',
    finding:
      '在图中所示的每一年，俄罗斯都占白俄罗斯货物贸易的近一半（{first}–{last}年为{min}–{max}），' +
      '而中国的份额从{chinaFrom}升至{chinaTo}（份额根据IMF DOTS白俄罗斯申报数据计算）。',
    partners,
    tables: {
      shares: '各伙伴在白俄罗斯货物贸易（出口+进口）中的份额，{first}–{last}年，根据IMF DOTS计算（推算值）',
      official: 'IMF数据之后的官方数字（未与序列衔接）',
    },
    columns: {
      year: '年份',
      total: '货物贸易总额',
      eu27PlusUk: '欧盟（27国）+英国',
      partner: '伙伴',
      share: '占货物贸易的份额',
      source: '来源',
    },
    unitUsd: '百万美元',
    caption: '份额根据IMF DOTS白俄罗斯申报数据计算；欧盟（27国）各年均按现成员计。空心：官方数字。',
    footnotes: {
      shares:
        '白俄罗斯出口+进口中的份额，根据IMF DOTS金额计算（推算值）。欧盟（27国）各年均按现成员计；加上英国则高出{min}–{max}个百分点（见表）。',
      official: '空心点：{year}年{partner}占货物贸易额的{share}，为官方数字，与基于IMF数据的折线分开画出。',
    },
    csv: {
      year: '年份',
      series: '序列',
      total: '总额_百万美元',
      partner: '{partner}_百分比',
      eu27PlusUk: '欧盟27国加英国_百分比',
      derived: '推算',
      source: '来源编号',
      imf: '根据IMF DOTS计算',
      official: '官方数字',
      yes: '是',
    },
    csvPartners: { russia: '俄罗斯', eu27: '欧盟27国', ukraine: '乌克兰', china: '中国' },
    browser: {
      partners,
      officialSeries: '{partner}，{years}年（官方）',
      officialNote: '（官方数字）',
      axis: '占白俄罗斯货物贸易的百分比',
    },
  },
  'partnership-ladder': {
    title: '中白关系的正式定位，1992–2022年',
    finding:
      '按本报告对中国伙伴关系称谓的自定序数编码，中白关系的正式定位逐级提升：' +
      '从“{firstWording}”（{firstYear}年）到“{cspWording}”（{cspYear}年），再到“{lastWording}”（{lastYear}年）。',
    tables: {
      documents: '文件及其在本报告序数编码中的级别（编码是本报告对来源的解读）',
      coding: '本报告的序数编码',
    },
    columns: {
      date: '日期',
      document: '文件',
      wording: '定位表述',
      code: '编码（本报告解读）',
      source: '来源',
      codeShort: '编码',
      level: '级别',
    },
    caption: '级别为本报告对中国伙伴关系称谓的自定序数编码，并非官方等级。空心点：级别未变。',
    footnotes: {
      coding:
        '级别是本报告对中国分等级的伙伴关系称谓的序数解读，并非任何来源给出的度量（{one} … {topLevel} = {top}；中白之间没有文件对应4级即单纯的战略伙伴关系，尽管官员在2013年前用过这一说法）。空心点：维持原级别的文件。',
      typology:
        '或为报告之后：把“全天候”伙伴关系置于其他伙伴关系之上的分类（向昊宇，CSIS Interpret）已将白俄罗斯列入其中，因此写于{date}或之后。',
    },
    codeIs: '{code} = {name}',
    csv: { date: '日期', year: '年份', code: '级别编码', document: '文件', wording: '表述', sources: '来源编号' },
    steps: steps.map(({ document, wording }) => ({ document, wording })),
    coding,
    browser: {
      series: '正式定位（本报告序数编码）',
      raising: '提升定位的文件',
      keeping: '维持定位的文件',
      axis: '级别（本报告编码）',
      steps,
      stepLabel: '{year}年{label}',
      tooltipTitle: '{date}：{document}',
      tooltipWording: '“{wording}”',
      tooltipLevel: '本报告编码第{level}级：{name}',
      coding,
    },
  },
};

export default words;
