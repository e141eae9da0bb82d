/**
 * A thesaurus of the social domain: concepts and the Dutch words that express them. Two texts
 * about the same idea often share concepts while sharing few words ("betalingsachterstand" and
 * "onbetaalde huur" are both about debt). Ranking adds a concept term for every concept a text
 * touches, to documents and queries alike, so such texts meet. Words are stemmed by the same
 * text search configuration as the documents; one word may belong to several concepts.
 *
 * Keep concepts general (a subject of the field, not one initiative) and words unambiguous.
 */
export const CONCEPTS: Record<string, string[]> = {
  schulden: ['schuld', 'schulden', 'schuldenproblematiek', 'betalingsachterstand', 'betalingsachterstanden', 'achterstand', 'achterstanden', 'onbetaald', 'onbetaalde', 'wanbetaling', 'incasso', "incasso's", 'deurwaarder', 'beslag', 'loonbeslag', 'geldzorgen', 'geldproblemen', 'schuldhulp', 'schuldhulpverlening', 'schuldhulpverlener', 'schuldeisers', 'aflossen', 'huurachterstand', 'schuldsanering', 'saneringstraject', 'budgetbeheer', 'bewindvoering'],
  geldzaken: ['budget', 'budgetcoach', 'budgetcoaching', 'budgetcursus', 'financiën', 'financieel', 'financiële', 'geld', 'geldzaken', 'huishoudboekje', 'rondkomen', 'inkomen', 'uitgaven', 'sparen'],
  vastelasten: ['huur', 'zorgpremie', 'energierekening', 'waterrekening', 'rekening', 'rekeningen', 'lasten'],
  vroegsignalering: ['signaleren', 'signalering', 'vroegsignalering', 'signaal', 'signalen', 'vroegtijdig', 'tijdig', 'preventief', 'preventie', 'voorkomen', 'opsporen', 'herkennen'],
  outreach: ['huisbezoek', 'huisbezoeken', 'langsgaan', 'aanbellen', 'bezoek', 'bezoeken', 'bezoeker', 'keukentafel', 'outreachend', 'opzoeken', 'thuis', 'achter de voordeur'],
  ouderen: ['ouderen', 'oudere', 'senioren', 'senior', '75-plussers', '65-plussers', '75-jarigen', 'bejaarden', 'gepensioneerden', 'ouderenbond', 'ouderenadviseur', 'hoogbejaarden', 'ouderdom', 'pensioen', 'aow'],
  eenzaamheid: ['eenzaam', 'eenzaamheid', 'vereenzamen', 'vereenzaming', 'isolement', 'geïsoleerd', 'alleenstaand', 'alleenstaande', 'alleenstaanden', 'ontmoeting', 'ontmoeten', 'ontmoetingsplek', 'gezelschap', 'contact', 'contacten'],
  vrijwilligers: ['vrijwilliger', 'vrijwilligers', 'vrijwillige', 'vrijwilligerswerk', 'maatje', 'maatjes', 'maatjesproject', 'buddy', "buddy's", 'duo', "duo's", 'koppelen', 'koppeling'],
  vervoer: ['vervoer', 'mobiliteit', 'rijden', 'rit', 'ritten', 'chauffeur', 'chauffeurs', 'buurtbus', 'regiotaxi', 'taxi', 'deelauto', "deelauto's", 'auto', 'bus', 'busje', 'ov', 'openbaar', 'halte', 'haltes', 'vervoersvoorziening', 'meerijden', 'rolstoelbus', 'fiets', 'fietsen', 'elektrische'],
  platteland: ['dorp', 'dorpen', 'kern', 'kernen', 'platteland', 'buitengebied', 'dorpskern', 'dorpsbewoners', 'dorpshuis'],
  werk: ['werk', 'baan', 'banen', 'werkzoekende', 'werkzoekenden', 'werkloos', 'werklozen', 'werkgever', 'werkgevers', 'arbeidsmarkt', 'sollicitatie', 'solliciteren', 'vacature', 'vacatures', 'uitkering', 'uitkeringsgerechtigden', 'bijstand', 'bijstandsgerechtigden', 're-integratie', 'participatiewet', 'werkervaring', 'werkplek', 'werknemers', 'betaald', 'loon', 'dienstverband', 'stage'],
  netwerk: ['netwerk', 'netwerken', 'kruiwagen', 'mentor', 'mentoren', 'ambassadeur', 'ambassadeurs', 'introductie', 'bekenden', 'relaties'],
  nieuwkomers: ['statushouder', 'statushouders', 'vergunninghouder', 'vergunninghouders', 'nieuwkomer', 'nieuwkomers', 'vluchteling', 'vluchtelingen', 'asielzoeker', 'asielzoekers', 'inburgering', 'inburgeraar', 'inburgeraars', 'oekraïners'],
  taal: ['taal', 'taalles', 'taallessen', 'taalmaatje', 'taalmaatjes', 'taalcafé', 'laaggeletterd', 'laaggeletterden', 'laaggeletterdheid', 'lezen', 'schrijven', 'geletterdheid', 'taalniveau', 'taalvaardigheid', 'nederlands', 'leesbaar'],
  begrijpelijk: ['begrijpelijk', 'begrijpelijke', 'b1', 'eenvoudig', 'eenvoudige', 'duidelijk', 'duidelijke', 'helder', 'heldere', 'jip-en-janneketaal'],
  digitaal: ['digitaal', 'digitale', 'online', 'app', 'applicatie', 'website', 'portaal', 'internet', 'computer', 'smartphone', 'tablet', 'webformulier', 'e-formulier'],
  digitaleinclusie: ['digicafé', 'digitaalhuis', 'digid', 'vaardigheden', 'computerles', 'computerhulp', 'inclusie', 'meedoen'],
  pgb: ['pgb', 'persoonsgebonden', 'budgethouder', 'budgethouders', 'zorgverlener', 'zorgverleners', 'declaratie', 'declaraties', 'declareren', 'svb', 'zorgovereenkomst'],
  veiligheid: ['veiligheid', 'veilig', 'criminaliteit', 'overlast', 'politie', 'wijkagent', 'ondermijning', 'inbraak', 'inbraken', 'incidenten', 'handhaving', 'boa', "boa's", 'georganiseerde', 'drugs'],
  zorgveiligheid: ['verward', 'verwarde', 'personen', 'crisis', 'escalatie', 'ggz', 'psychisch', 'psychische', 'huiselijk', 'geweld', 'kindermishandeling', 'veilig thuis'],
  data: ['dashboard', 'monitor', 'monitoring', 'data', 'datagedreven', 'cijfers', 'indicator', 'indicatoren', 'rapportage', 'rapportages', 'rapporteren', 'meten', 'meting', 'metingen', 'inzicht', 'analyse', 'analyses', 'gegevens', 'statistiek', 'kpi', 'registratie'],
  effect: ['outcome', 'outcome-indicatoren', 'effect', 'effecten', 'resultaat', 'resultaten', 'opbrengst', 'opleveren', 'oplevert', 'sturen', 'sturing', 'werkt', 'werken', 'effectrapportage', 'impact', 'maatschappelijke'],
  zelfredzaamheid: ['zelfredzaam', 'zelfredzame', 'zelfredzamer', 'zelfredzaamheid', 'zelfstandig', 'zelfstandigheid', 'redt', 'redden', 'regie', 'eigen kracht', 'levensdomeinen', 'zelfredzaamheidsmatrix'],
  overlijden: ['overlijden', 'overleden', 'overledene', 'nabestaanden', 'nabestaande', 'begrafenis', 'uitvaart', 'uitvaartondernemer', 'uitvaartondernemers', 'overlijdensakte', 'lijkschouwer', 'sterfgeval', 'doodsoorzaak'],
  aangifte: ['aangifte', 'aangeven', 'melden', 'melding', 'registreren', 'akte', 'burgerlijke', 'stand', 'brp', 'basisregistratie'],
  verhuizen: ['verhuizen', 'verhuizing', 'verhuizingen', 'verhuisservice', 'verhuist', 'verhuisd', 'adres', 'adreswijziging', 'adreswijzigingen', 'inschrijving', 'inschrijven', 'woonadres', 'nieuw adres'],
  wonen: ['woning', 'woningen', 'wonen', 'huurder', 'huurders', 'woningcorporatie', 'woningcorporaties', 'corporatie', 'corporaties', 'huurwoning', 'appartement', 'woonruimte', 'huisvesting', 'woningzoekenden'],
  doorstroming: ['doorstromen', 'doorstroming', 'seniorenwoning', 'seniorenwoningen', 'gelijkvloers', 'gelijkvloerse', 'levensloopbestendig', 'levensloopbestendige', 'verhuisregeling', 'scheefwonen', 'eengezinswoning', 'eengezinswoningen', 'kleiner', 'passende', 'wooncarrière', 'verhuiscoach'],
  voedsel: ['supermarkt', 'supermarkten', 'boodschappen', 'voedselbank', 'voedsel', 'eten', 'levensmiddelen', 'winkel', 'maaltijd', 'maaltijden', 'voedselhulp', 'community-supermarkt', 'sociale supermarkt'],
  armoede: ['armoede', 'minima', 'minimum', 'bestaansminimum', 'toeslagen', 'minimaregeling', 'minimaregelingen', 'kindpakket', 'meedoenregeling', 'schaarste', 'arm', 'laag'],
  dagbesteding: ['dagbesteding', 'dagactiviteiten', 'daginvulling', 'werkplaats', 'leerwerkplek', 'leerwerkplekken', 'activering', 'dagprogramma', 'deelnemers', 'zinvol', 'zinvolle'],
  ondernemen: ['ondernemend', 'ondernemende', 'ondernemer', 'ondernemers', 'onderneming', 'bedrijf', 'bedrijven', 'verdienmodel', 'producten', 'verkopen', 'verkoop', 'klanten', 'omzet'],
  mantelzorg: ['mantelzorg', 'mantelzorger', 'mantelzorgers', 'respijt', 'respijtzorg', 'ontlasten', 'ontlasting', 'overbelast', 'overbelasting', 'naaste', 'naasten', 'logeeropvang'],
  jeugd: ['jeugd', 'jongeren', 'jongere', 'jongerenwerk', 'jongerenwerker', 'jongerenwerkers', 'kinderen', 'kind', 'tieners', 'scholieren', 'leerlingen', 'jeugdigen', 'jeugdhulp', 'gezinnen', 'gezin', 'ouders'],
  onderwijs: ['school', 'scholen', 'onderwijs', 'schooluitval', 'voortijdig', 'schoolverlaters', 'verzuim', 'leerplicht', 'leerplichtambtenaar', 'mbo', 'diploma', 'startkwalificatie', 'klas', 'docent', 'docenten', 'schoolmaatschappelijk'],
  energie: ['energie', 'energiearmoede', 'energiecoach', 'energiecoaches', 'isolatie', 'isoleren', 'besparen', 'besparing', 'stookkosten', 'tochtstrips', 'energiebesparing', 'energieverbruik', 'verduurzamen', 'radiatorfolie'],
  gezondheid: ['gezondheid', 'gezond', 'huisarts', 'huisartsen', 'huisartsenpraktijk', 'praktijkondersteuner', 'poh', 'ggd', 'zorgverzekeraar', 'zorgverzekeraars', 'spreekuur', 'spreekkamer', 'ziekte', 'patiënten', 'patiënt', 'wijkverpleegkundige'],
  wachttijd: ['wachtlijst', 'wachtlijsten', 'wachttijd', 'wachttijden', 'overbruggen', 'overbrugging', 'wachtenden', 'wachten'],
  buurt: ['buurt', 'buurten', 'buren', 'wijk', 'wijken', 'nabuurschap', 'buurtbewoners', 'bewoners', 'straat', 'buurtapp', 'burenhulp', 'buurtgenoten', 'wijkbewoners', 'omwonenden'],
  participatie: ['participatie', 'inspraak', 'burgerbegroting', 'meebeslissen', 'meedenken', 'bewonersinitiatief', 'bewonersinitiatieven', 'burgerpanel', 'wijkbudget', 'wijkbudgetten', 'burgerberaad', 'zeggenschap', 'stemmen'],
  dienstverlening: ['formulier', 'formulieren', 'aanvraag', 'aanvragen', 'klantreis', 'klantreizen', 'loket', 'balie', 'dienstverlening', 'procedure', 'procedures', 'brief', 'brieven', 'beschikking', 'beschikkingen', 'klantcontact'],
  wijkteam: ['wijkteam', 'wijkteams', 'sociaal team', 'toegang', 'triage', 'casusregie', 'hulpvraag', 'hulpvragen', 'consulent', 'consulenten', 'keukentafelgesprek', 'wmo', 'voorliggend'],
  scheiding: ['scheiding', 'scheidingen', 'echtscheiding', 'scheidende', 'scheidingsloket', 'co-ouderschap', 'ouderschapsplan', 'vechtscheiding', 'vechtscheidingen'],
  vallen: ['vallen', 'valincidenten', 'valpreventie', 'valongeluk', 'balans', 'evenwicht', 'valrisico', 'heupfractuur'],
  bewegen: ['sport', 'sporten', 'bewegen', 'beweging', 'zwemmen', 'zwemles', 'sportvereniging', 'vereniging', 'verenigingen', 'contributie', 'buurtsportcoach'],
};
