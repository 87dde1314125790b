-- Country and languages become codes (ISO 3166-1 alpha-2, ISO 639-1; contract/places.ts, ADR 0026);
-- the web app shows their names in the reader's language. Existing free text is mapped where it
-- names a country or language in English or Dutch (or is its code, or one of a few common other
-- names), ignoring case, accents, dots and a leading "the"; what matches nothing moves to
-- unmatched_country / unmatched_languages, which only the member sees until they choose from the
-- lists. Cities stay free text, but spellings that differ only in case, accents or spaces take
-- the most common one. Every statement can run again (the migration test does so on sample rows).
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "unmatched_country" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "unmatched_languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Lower case without accents and with single spaces: how two spellings of a place are compared.
CREATE OR REPLACE FUNCTION mn_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT nullif(btrim(regexp_replace(translate(replace(lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g')), 'ß', 'ss'), 'øłđħıæœ’‘`', 'oldhiae''''''' ), '\s+', ' ', 'g')), '') $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_city_fold_idx" ON "users" USING btree (mn_fold("city"));--> statement-breakpoint
-- The key a free-text value is looked up by: folded, without dots ("U.K.") and a leading article.
CREATE OR REPLACE FUNCTION mn_place_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT regexp_replace(replace(mn_fold(value), '.', ''), '^(the|de|het) ', '') $$;--> statement-breakpoint
-- Names and codes of every country ('c') and language ('l'): CLDR's English and Dutch names, long
-- and short (Node 24's ICU, Intl.DisplayNames), each language's own name, and a few common others.
CREATE TABLE IF NOT EXISTS mn_place_names (kind text NOT NULL, name text NOT NULL, code text NOT NULL);--> statement-breakpoint
TRUNCATE mn_place_names;--> statement-breakpoint
INSERT INTO mn_place_names (kind, name, code) VALUES
  ('c', 'AD', 'AD'), ('c', 'Andorra', 'AD'), ('c', 'AE', 'AE'), ('c', 'Emirates', 'AE'), ('c', 'UAE', 'AE'), ('c', 'United Arab Emirates', 'AE'),
  ('c', 'Verenigde Arabische Emiraten', 'AE'), ('c', 'AF', 'AF'), ('c', 'Afghanistan', 'AF'), ('c', 'AG', 'AG'), ('c', 'Antigua & Barbuda', 'AG'), ('c', 'Antigua and Barbuda', 'AG'),
  ('c', 'Antigua en Barbuda', 'AG'), ('c', 'AI', 'AI'), ('c', 'Anguilla', 'AI'), ('c', 'AL', 'AL'), ('c', 'Albania', 'AL'), ('c', 'Albanië', 'AL'),
  ('c', 'AM', 'AM'), ('c', 'Armenia', 'AM'), ('c', 'Armenië', 'AM'), ('c', 'Angola', 'AO'), ('c', 'AO', 'AO'), ('c', 'Antarctica', 'AQ'),
  ('c', 'AQ', 'AQ'), ('c', 'AR', 'AR'), ('c', 'Argentina', 'AR'), ('c', 'Argentinië', 'AR'), ('c', 'American Samoa', 'AS'), ('c', 'Amerikaans-Samoa', 'AS'),
  ('c', 'AS', 'AS'), ('c', 'AT', 'AT'), ('c', 'Austria', 'AT'), ('c', 'Oostenrijk', 'AT'), ('c', 'Österreich', 'AT'), ('c', 'AU', 'AU'),
  ('c', 'Australia', 'AU'), ('c', 'Australië', 'AU'), ('c', 'Aruba', 'AW'), ('c', 'AW', 'AW'), ('c', 'Åland', 'AX'), ('c', 'Åland Islands', 'AX'),
  ('c', 'AX', 'AX'), ('c', 'AZ', 'AZ'), ('c', 'Azerbaijan', 'AZ'), ('c', 'Azerbeidzjan', 'AZ'), ('c', 'BA', 'BA'), ('c', 'Bosnia', 'BA'),
  ('c', 'Bosnia & Herzegovina', 'BA'), ('c', 'Bosnia and Herzegovina', 'BA'), ('c', 'Bosnië en Herzegovina', 'BA'), ('c', 'Barbados', 'BB'), ('c', 'BB', 'BB'), ('c', 'Bangladesh', 'BD'),
  ('c', 'BD', 'BD'), ('c', 'BE', 'BE'), ('c', 'BEL', 'BE'), ('c', 'België', 'BE'), ('c', 'Belgique', 'BE'), ('c', 'Belgium', 'BE'),
  ('c', 'BF', 'BF'), ('c', 'Burkina Faso', 'BF'), ('c', 'BG', 'BG'), ('c', 'Bulgaria', 'BG'), ('c', 'Bulgarije', 'BG'), ('c', 'Bahrain', 'BH'),
  ('c', 'Bahrein', 'BH'), ('c', 'BH', 'BH'), ('c', 'BI', 'BI'), ('c', 'Burundi', 'BI'), ('c', 'Benin', 'BJ'), ('c', 'BJ', 'BJ'),
  ('c', 'BL', 'BL'), ('c', 'Saint Barthélemy', 'BL'), ('c', 'Saint-Barthélemy', 'BL'), ('c', 'Sint Barthélemy', 'BL'), ('c', 'St. Barthélemy', 'BL'), ('c', 'Bermuda', 'BM'),
  ('c', 'BM', 'BM'), ('c', 'BN', 'BN'), ('c', 'Brunei', 'BN'), ('c', 'BO', 'BO'), ('c', 'Bolivia', 'BO'), ('c', 'BQ', 'BQ'),
  ('c', 'Caribbean Netherlands', 'BQ'), ('c', 'Caribisch Nederland', 'BQ'), ('c', 'BR', 'BR'), ('c', 'Brazil', 'BR'), ('c', 'Brazilië', 'BR'), ('c', 'Bahama’s', 'BS'),
  ('c', 'Bahamas', 'BS'), ('c', 'BS', 'BS'), ('c', 'Bhutan', 'BT'), ('c', 'BT', 'BT'), ('c', 'Bouvet Island', 'BV'), ('c', 'Bouveteiland', 'BV'),
  ('c', 'BV', 'BV'), ('c', 'Botswana', 'BW'), ('c', 'BW', 'BW'), ('c', 'Belarus', 'BY'), ('c', 'BY', 'BY'), ('c', 'Belize', 'BZ'),
  ('c', 'BZ', 'BZ'), ('c', 'CA', 'CA'), ('c', 'Canada', 'CA'), ('c', 'CC', 'CC'), ('c', 'Cocos (Keeling) Islands', 'CC'), ('c', 'Cocos Islands', 'CC'),
  ('c', 'Cocoseilanden', 'CC'), ('c', 'CD', 'CD'), ('c', 'Congo - Kinshasa', 'CD'), ('c', 'Congo-Kinshasa', 'CD'), ('c', 'Democratic Republic of the Congo', 'CD'), ('c', 'DR Congo', 'CD'),
  ('c', 'DRC', 'CD'), ('c', 'Centraal-Afrikaanse Republiek', 'CF'), ('c', 'Central African Republic', 'CF'), ('c', 'CF', 'CF'), ('c', 'CG', 'CG'), ('c', 'Congo - Brazzaville', 'CG'),
  ('c', 'Congo-Brazzaville', 'CG'), ('c', 'Republic of the Congo', 'CG'), ('c', 'CH', 'CH'), ('c', 'Schweiz', 'CH'), ('c', 'Suisse', 'CH'), ('c', 'Svizzera', 'CH'),
  ('c', 'Switzerland', 'CH'), ('c', 'Zwitserland', 'CH'), ('c', 'CI', 'CI'), ('c', 'Côte d’Ivoire', 'CI'), ('c', 'Ivoorkust', 'CI'), ('c', 'Ivory Coast', 'CI'),
  ('c', 'CK', 'CK'), ('c', 'Cook Islands', 'CK'), ('c', 'Cookeilanden', 'CK'), ('c', 'Chile', 'CL'), ('c', 'Chili', 'CL'), ('c', 'CL', 'CL'),
  ('c', 'Cameroon', 'CM'), ('c', 'CM', 'CM'), ('c', 'Kameroen', 'CM'), ('c', 'China', 'CN'), ('c', 'CN', 'CN'), ('c', 'People''s Republic of China', 'CN'),
  ('c', 'PRC', 'CN'), ('c', 'CO', 'CO'), ('c', 'Colombia', 'CO'), ('c', 'Costa Rica', 'CR'), ('c', 'CR', 'CR'), ('c', 'CU', 'CU'),
  ('c', 'Cuba', 'CU'), ('c', 'Cabo Verde', 'CV'), ('c', 'Cape Verde', 'CV'), ('c', 'CV', 'CV'), ('c', 'Kaapverdië', 'CV'), ('c', 'Curaçao', 'CW'),
  ('c', 'CW', 'CW'), ('c', 'Christmas Island', 'CX'), ('c', 'Christmaseiland', 'CX'), ('c', 'CX', 'CX'), ('c', 'CY', 'CY'), ('c', 'Cyprus', 'CY'),
  ('c', 'CZ', 'CZ'), ('c', 'Czech Republic', 'CZ'), ('c', 'Czechia', 'CZ'), ('c', 'Tsjechië', 'CZ'), ('c', 'DE', 'DE'), ('c', 'DEU', 'DE'),
  ('c', 'Deutschland', 'DE'), ('c', 'Duitsland', 'DE'), ('c', 'Germany', 'DE'), ('c', 'DJ', 'DJ'), ('c', 'Djibouti', 'DJ'), ('c', 'Danmark', 'DK'),
  ('c', 'Denemarken', 'DK'), ('c', 'Denmark', 'DK'), ('c', 'DK', 'DK'), ('c', 'DM', 'DM'), ('c', 'Dominica', 'DM'), ('c', 'DO', 'DO'),
  ('c', 'Dominicaanse Republiek', 'DO'), ('c', 'Dominican Republic', 'DO'), ('c', 'Algeria', 'DZ'), ('c', 'Algerije', 'DZ'), ('c', 'DZ', 'DZ'), ('c', 'EC', 'EC'),
  ('c', 'Ecuador', 'EC'), ('c', 'EE', 'EE'), ('c', 'Estland', 'EE'), ('c', 'Estonia', 'EE'), ('c', 'EG', 'EG'), ('c', 'Egypt', 'EG'),
  ('c', 'Egypte', 'EG'), ('c', 'EH', 'EH'), ('c', 'Westelijke Sahara', 'EH'), ('c', 'Western Sahara', 'EH'), ('c', 'ER', 'ER'), ('c', 'Eritrea', 'ER'),
  ('c', 'ES', 'ES'), ('c', 'España', 'ES'), ('c', 'Spain', 'ES'), ('c', 'Spanje', 'ES'), ('c', 'ET', 'ET'), ('c', 'Ethiopia', 'ET'),
  ('c', 'Ethiopië', 'ET'), ('c', 'FI', 'FI'), ('c', 'Finland', 'FI'), ('c', 'Suomi', 'FI'), ('c', 'Fiji', 'FJ'), ('c', 'FJ', 'FJ'),
  ('c', 'Falkland Islands', 'FK'), ('c', 'Falklandeilanden', 'FK'), ('c', 'FK', 'FK'), ('c', 'FM', 'FM'), ('c', 'Micronesia', 'FM'), ('c', 'Faeröer', 'FO'),
  ('c', 'Faroe Islands', 'FO'), ('c', 'FO', 'FO'), ('c', 'FR', 'FR'), ('c', 'France', 'FR'), ('c', 'Frankrijk', 'FR'), ('c', 'GA', 'GA'),
  ('c', 'Gabon', 'GA'), ('c', 'Britain', 'GB'), ('c', 'Engeland', 'GB'), ('c', 'England', 'GB'), ('c', 'GB', 'GB'), ('c', 'GBR', 'GB'),
  ('c', 'Great Britain', 'GB'), ('c', 'Groot Brittannie', 'GB'), ('c', 'Groot-Brittannië', 'GB'), ('c', 'Northern Ireland', 'GB'), ('c', 'Schotland', 'GB'), ('c', 'Scotland', 'GB'),
  ('c', 'UK', 'GB'), ('c', 'United Kingdom', 'GB'), ('c', 'United Kingdom of Great Britain and Northern Ireland', 'GB'), ('c', 'Verenigd Koninkrijk', 'GB'), ('c', 'VK', 'GB'), ('c', 'Wales', 'GB'),
  ('c', 'GD', 'GD'), ('c', 'Grenada', 'GD'), ('c', 'GE', 'GE'), ('c', 'Georgia', 'GE'), ('c', 'Georgië', 'GE'), ('c', 'Frans-Guyana', 'GF'),
  ('c', 'French Guiana', 'GF'), ('c', 'GF', 'GF'), ('c', 'GG', 'GG'), ('c', 'Guernsey', 'GG'), ('c', 'GH', 'GH'), ('c', 'Ghana', 'GH'),
  ('c', 'GI', 'GI'), ('c', 'Gibraltar', 'GI'), ('c', 'GL', 'GL'), ('c', 'Greenland', 'GL'), ('c', 'Groenland', 'GL'), ('c', 'Gambia', 'GM'),
  ('c', 'GM', 'GM'), ('c', 'GN', 'GN'), ('c', 'Guinea', 'GN'), ('c', 'Guinee', 'GN'), ('c', 'GP', 'GP'), ('c', 'Guadeloupe', 'GP'),
  ('c', 'Equatoriaal-Guinea', 'GQ'), ('c', 'Equatorial Guinea', 'GQ'), ('c', 'GQ', 'GQ'), ('c', 'GR', 'GR'), ('c', 'Greece', 'GR'), ('c', 'Griekenland', 'GR'),
  ('c', 'GS', 'GS'), ('c', 'South Georgia & South Sandwich Islands', 'GS'), ('c', 'South Georgia and South Sandwich Islands', 'GS'), ('c', 'Zuid-Georgia en Zuidelijke Sandwicheilanden', 'GS'), ('c', 'GT', 'GT'), ('c', 'Guatemala', 'GT'),
  ('c', 'GU', 'GU'), ('c', 'Guam', 'GU'), ('c', 'Guinea-Bissau', 'GW'), ('c', 'Guinee-Bissau', 'GW'), ('c', 'GW', 'GW'), ('c', 'Guyana', 'GY'),
  ('c', 'GY', 'GY'), ('c', 'HK', 'HK'), ('c', 'Hong Kong', 'HK'), ('c', 'Hong Kong SAR China', 'HK'), ('c', 'Hongkong', 'HK'), ('c', 'Hongkong SAR van China', 'HK'),
  ('c', 'Heard & McDonald Islands', 'HM'), ('c', 'Heard and McDonald Islands', 'HM'), ('c', 'Heard en McDonaldeilanden', 'HM'), ('c', 'HM', 'HM'), ('c', 'HN', 'HN'), ('c', 'Honduras', 'HN'),
  ('c', 'Croatia', 'HR'), ('c', 'HR', 'HR'), ('c', 'Kroatië', 'HR'), ('c', 'Haiti', 'HT'), ('c', 'HT', 'HT'), ('c', 'Hongarije', 'HU'),
  ('c', 'HU', 'HU'), ('c', 'Hungary', 'HU'), ('c', 'ID', 'ID'), ('c', 'Indonesia', 'ID'), ('c', 'Indonesië', 'ID'), ('c', 'IE', 'IE'),
  ('c', 'Ierland', 'IE'), ('c', 'Ireland', 'IE'), ('c', 'IL', 'IL'), ('c', 'Israel', 'IL'), ('c', 'IM', 'IM'), ('c', 'Isle of Man', 'IM'),
  ('c', 'IN', 'IN'), ('c', 'India', 'IN'), ('c', 'British Indian Ocean Territory', 'IO'), ('c', 'Brits Indische Oceaanterritorium', 'IO'), ('c', 'IO', 'IO'), ('c', 'IQ', 'IQ'),
  ('c', 'Irak', 'IQ'), ('c', 'Iraq', 'IQ'), ('c', 'IR', 'IR'), ('c', 'Iran', 'IR'), ('c', 'Iceland', 'IS'), ('c', 'IJsland', 'IS'),
  ('c', 'IS', 'IS'), ('c', 'IT', 'IT'), ('c', 'Italia', 'IT'), ('c', 'Italië', 'IT'), ('c', 'Italy', 'IT'), ('c', 'JE', 'JE'),
  ('c', 'Jersey', 'JE'), ('c', 'Jamaica', 'JM'), ('c', 'JM', 'JM'), ('c', 'JO', 'JO'), ('c', 'Jordan', 'JO'), ('c', 'Jordanië', 'JO'),
  ('c', 'Japan', 'JP'), ('c', 'JP', 'JP'), ('c', 'KE', 'KE'), ('c', 'Kenia', 'KE'), ('c', 'Kenya', 'KE'), ('c', 'KG', 'KG'),
  ('c', 'Kirgizië', 'KG'), ('c', 'Kyrgyzstan', 'KG'), ('c', 'Cambodia', 'KH'), ('c', 'Cambodja', 'KH'), ('c', 'KH', 'KH'), ('c', 'KI', 'KI'),
  ('c', 'Kiribati', 'KI'), ('c', 'Comoren', 'KM'), ('c', 'Comoros', 'KM'), ('c', 'KM', 'KM'), ('c', 'KN', 'KN'), ('c', 'Saint Kitts & Nevis', 'KN'),
  ('c', 'Saint Kitts en Nevis', 'KN'), ('c', 'Sint Kitts & Nevis', 'KN'), ('c', 'St. Kitts & Nevis', 'KN'), ('c', 'St. Kitts and Nevis', 'KN'), ('c', 'KP', 'KP'), ('c', 'Noord-Korea', 'KP'),
  ('c', 'North Korea', 'KP'), ('c', 'Korea', 'KR'), ('c', 'KR', 'KR'), ('c', 'Republic of Korea', 'KR'), ('c', 'South Korea', 'KR'), ('c', 'Zuid-Korea', 'KR'),
  ('c', 'Koeweit', 'KW'), ('c', 'Kuwait', 'KW'), ('c', 'KW', 'KW'), ('c', 'Cayman Islands', 'KY'), ('c', 'Kaaimaneilanden', 'KY'), ('c', 'KY', 'KY'),
  ('c', 'Kazachstan', 'KZ'), ('c', 'Kazakhstan', 'KZ'), ('c', 'KZ', 'KZ'), ('c', 'LA', 'LA'), ('c', 'Laos', 'LA'), ('c', 'LB', 'LB'),
  ('c', 'Lebanon', 'LB'), ('c', 'Libanon', 'LB'), ('c', 'LC', 'LC'), ('c', 'Saint Lucia', 'LC'), ('c', 'Sint Lucia', 'LC'), ('c', 'St. Lucia', 'LC'),
  ('c', 'LI', 'LI'), ('c', 'Liechtenstein', 'LI'), ('c', 'LK', 'LK'), ('c', 'Sri Lanka', 'LK'), ('c', 'Liberia', 'LR'), ('c', 'LR', 'LR'),
  ('c', 'Lesotho', 'LS'), ('c', 'LS', 'LS'), ('c', 'Lithuania', 'LT'), ('c', 'Litouwen', 'LT'), ('c', 'LT', 'LT'), ('c', 'LU', 'LU'),
  ('c', 'Luxembourg', 'LU'), ('c', 'Luxemburg', 'LU'), ('c', 'Latvia', 'LV'), ('c', 'Letland', 'LV'), ('c', 'LV', 'LV'), ('c', 'Libië', 'LY'),
  ('c', 'Libya', 'LY'), ('c', 'LY', 'LY'), ('c', 'MA', 'MA'), ('c', 'Marokko', 'MA'), ('c', 'Morocco', 'MA'), ('c', 'MC', 'MC'),
  ('c', 'Monaco', 'MC'), ('c', 'MD', 'MD'), ('c', 'Moldavië', 'MD'), ('c', 'Moldova', 'MD'), ('c', 'ME', 'ME'), ('c', 'Montenegro', 'ME'),
  ('c', 'MF', 'MF'), ('c', 'Saint Martin', 'MF'), ('c', 'Saint-Martin', 'MF'), ('c', 'Sint Martin', 'MF'), ('c', 'St. Martin', 'MF'), ('c', 'Madagascar', 'MG'),
  ('c', 'Madagaskar', 'MG'), ('c', 'MG', 'MG'), ('c', 'Marshall Islands', 'MH'), ('c', 'Marshalleilanden', 'MH'), ('c', 'MH', 'MH'), ('c', 'Macedonia', 'MK'),
  ('c', 'MK', 'MK'), ('c', 'Noord-Macedonië', 'MK'), ('c', 'North Macedonia', 'MK'), ('c', 'Mali', 'ML'), ('c', 'ML', 'ML'), ('c', 'Birma', 'MM'),
  ('c', 'Burma', 'MM'), ('c', 'MM', 'MM'), ('c', 'Myanmar', 'MM'), ('c', 'Myanmar (Birma)', 'MM'), ('c', 'Myanmar (Burma)', 'MM'), ('c', 'MN', 'MN'),
  ('c', 'Mongolia', 'MN'), ('c', 'Mongolië', 'MN'), ('c', 'Macao', 'MO'), ('c', 'Macao SAR China', 'MO'), ('c', 'Macau', 'MO'), ('c', 'Macau SAR van China', 'MO'),
  ('c', 'MO', 'MO'), ('c', 'MP', 'MP'), ('c', 'Noordelijke Marianen', 'MP'), ('c', 'Northern Mariana Islands', 'MP'), ('c', 'Martinique', 'MQ'), ('c', 'MQ', 'MQ'),
  ('c', 'Mauritania', 'MR'), ('c', 'Mauritanië', 'MR'), ('c', 'MR', 'MR'), ('c', 'Montserrat', 'MS'), ('c', 'MS', 'MS'), ('c', 'Malta', 'MT'),
  ('c', 'MT', 'MT'), ('c', 'Mauritius', 'MU'), ('c', 'MU', 'MU'), ('c', 'Maldiven', 'MV'), ('c', 'Maldives', 'MV'), ('c', 'MV', 'MV'),
  ('c', 'Malawi', 'MW'), ('c', 'MW', 'MW'), ('c', 'Mexico', 'MX'), ('c', 'MX', 'MX'), ('c', 'Malaysia', 'MY'), ('c', 'Maleisië', 'MY'),
  ('c', 'MY', 'MY'), ('c', 'Mozambique', 'MZ'), ('c', 'MZ', 'MZ'), ('c', 'NA', 'NA'), ('c', 'Namibia', 'NA'), ('c', 'Namibië', 'NA'),
  ('c', 'NC', 'NC'), ('c', 'New Caledonia', 'NC'), ('c', 'Nieuw-Caledonië', 'NC'), ('c', 'NE', 'NE'), ('c', 'Niger', 'NE'), ('c', 'NF', 'NF'),
  ('c', 'Norfolk', 'NF'), ('c', 'Norfolk Island', 'NF'), ('c', 'NG', 'NG'), ('c', 'Nigeria', 'NG'), ('c', 'NI', 'NI'), ('c', 'Nicaragua', 'NI'),
  ('c', 'Holland', 'NL'), ('c', 'Nederland', 'NL'), ('c', 'Nederlands', 'NL'), ('c', 'Netherlands', 'NL'), ('c', 'Niederlande', 'NL'), ('c', 'NL', 'NL'),
  ('c', 'NLD', 'NL'), ('c', 'Pays-Bas', 'NL'), ('c', 'NO', 'NO'), ('c', 'Noorwegen', 'NO'), ('c', 'Norge', 'NO'), ('c', 'Norway', 'NO'),
  ('c', 'Nepal', 'NP'), ('c', 'NP', 'NP'), ('c', 'Nauru', 'NR'), ('c', 'NR', 'NR'), ('c', 'Niue', 'NU'), ('c', 'NU', 'NU'),
  ('c', 'New Zealand', 'NZ'), ('c', 'Nieuw-Zeeland', 'NZ'), ('c', 'NZ', 'NZ'), ('c', 'OM', 'OM'), ('c', 'Oman', 'OM'), ('c', 'PA', 'PA'),
  ('c', 'Panama', 'PA'), ('c', 'PE', 'PE'), ('c', 'Peru', 'PE'), ('c', 'Frans-Polynesië', 'PF'), ('c', 'French Polynesia', 'PF'), ('c', 'PF', 'PF'),
  ('c', 'Papoea-Nieuw-Guinea', 'PG'), ('c', 'Papua New Guinea', 'PG'), ('c', 'PG', 'PG'), ('c', 'Filipijnen', 'PH'), ('c', 'PH', 'PH'), ('c', 'Philippines', 'PH'),
  ('c', 'Pakistan', 'PK'), ('c', 'PK', 'PK'), ('c', 'PL', 'PL'), ('c', 'Poland', 'PL'), ('c', 'Polen', 'PL'), ('c', 'Polska', 'PL'),
  ('c', 'PM', 'PM'), ('c', 'Saint Pierre & Miquelon', 'PM'), ('c', 'Saint-Pierre en Miquelon', 'PM'), ('c', 'Sint Pierre & Miquelon', 'PM'), ('c', 'St. Pierre & Miquelon', 'PM'), ('c', 'St. Pierre and Miquelon', 'PM'),
  ('c', 'Pitcairn', 'PN'), ('c', 'Pitcairn Islands', 'PN'), ('c', 'Pitcairneilanden', 'PN'), ('c', 'PN', 'PN'), ('c', 'PR', 'PR'), ('c', 'Puerto Rico', 'PR'),
  ('c', 'Palestijnse gebieden', 'PS'), ('c', 'Palestina', 'PS'), ('c', 'Palestine', 'PS'), ('c', 'Palestinian Territories', 'PS'), ('c', 'PS', 'PS'), ('c', 'Portugal', 'PT'),
  ('c', 'PT', 'PT'), ('c', 'Palau', 'PW'), ('c', 'PW', 'PW'), ('c', 'Paraguay', 'PY'), ('c', 'PY', 'PY'), ('c', 'QA', 'QA'),
  ('c', 'Qatar', 'QA'), ('c', 'RE', 'RE'), ('c', 'Réunion', 'RE'), ('c', 'RO', 'RO'), ('c', 'Roemenië', 'RO'), ('c', 'Romania', 'RO'),
  ('c', 'RS', 'RS'), ('c', 'Serbia', 'RS'), ('c', 'Servië', 'RS'), ('c', 'RU', 'RU'), ('c', 'Rusland', 'RU'), ('c', 'Russia', 'RU'),
  ('c', 'Russian Federation', 'RU'), ('c', 'RW', 'RW'), ('c', 'Rwanda', 'RW'), ('c', 'KSA', 'SA'), ('c', 'SA', 'SA'), ('c', 'Saoedi-Arabië', 'SA'),
  ('c', 'Saudi Arabia', 'SA'), ('c', 'Salomonseilanden', 'SB'), ('c', 'SB', 'SB'), ('c', 'Solomon Islands', 'SB'), ('c', 'SC', 'SC'), ('c', 'Seychellen', 'SC'),
  ('c', 'Seychelles', 'SC'), ('c', 'SD', 'SD'), ('c', 'Soedan', 'SD'), ('c', 'Sudan', 'SD'), ('c', 'SE', 'SE'), ('c', 'Sverige', 'SE'),
  ('c', 'Sweden', 'SE'), ('c', 'Zweden', 'SE'), ('c', 'SG', 'SG'), ('c', 'Singapore', 'SG'), ('c', 'Saint Helena', 'SH'), ('c', 'SH', 'SH'),
  ('c', 'Sint Helena', 'SH'), ('c', 'Sint-Helena', 'SH'), ('c', 'St. Helena', 'SH'), ('c', 'SI', 'SI'), ('c', 'Slovenia', 'SI'), ('c', 'Slovenië', 'SI'),
  ('c', 'SJ', 'SJ'), ('c', 'Spitsbergen en Jan Mayen', 'SJ'), ('c', 'Svalbard & Jan Mayen', 'SJ'), ('c', 'Svalbard and Jan Mayen', 'SJ'), ('c', 'SK', 'SK'), ('c', 'Slovakia', 'SK'),
  ('c', 'Slowakije', 'SK'), ('c', 'Sierra Leone', 'SL'), ('c', 'SL', 'SL'), ('c', 'San Marino', 'SM'), ('c', 'SM', 'SM'), ('c', 'Senegal', 'SN'),
  ('c', 'SN', 'SN'), ('c', 'SO', 'SO'), ('c', 'Somalia', 'SO'), ('c', 'Somalië', 'SO'), ('c', 'SR', 'SR'), ('c', 'Suriname', 'SR'),
  ('c', 'South Sudan', 'SS'), ('c', 'SS', 'SS'), ('c', 'Zuid-Soedan', 'SS'), ('c', 'São Tomé & Príncipe', 'ST'), ('c', 'São Tomé and Príncipe', 'ST'), ('c', 'Sao Tomé en Principe', 'ST'),
  ('c', 'ST', 'ST'), ('c', 'El Salvador', 'SV'), ('c', 'SV', 'SV'), ('c', 'Sint Maarten', 'SX'), ('c', 'Sint-Maarten', 'SX'), ('c', 'SX', 'SX'),
  ('c', 'SY', 'SY'), ('c', 'Syria', 'SY'), ('c', 'Syrië', 'SY'), ('c', 'Eswatini', 'SZ'), ('c', 'Swaziland', 'SZ'), ('c', 'SZ', 'SZ'),
  ('c', 'TC', 'TC'), ('c', 'Turks & Caicos Islands', 'TC'), ('c', 'Turks and Caicos Islands', 'TC'), ('c', 'Turks- en Caicoseilanden', 'TC'), ('c', 'Chad', 'TD'), ('c', 'TD', 'TD'),
  ('c', 'Tsjaad', 'TD'), ('c', 'Franse Gebieden in de zuidelijke Indische Oceaan', 'TF'), ('c', 'French Southern Territories', 'TF'), ('c', 'TF', 'TF'), ('c', 'TG', 'TG'), ('c', 'Togo', 'TG'),
  ('c', 'TH', 'TH'), ('c', 'Thailand', 'TH'), ('c', 'Tadzjikistan', 'TJ'), ('c', 'Tajikistan', 'TJ'), ('c', 'TJ', 'TJ'), ('c', 'TK', 'TK'),
  ('c', 'Tokelau', 'TK'), ('c', 'East Timor', 'TL'), ('c', 'Oost-Timor', 'TL'), ('c', 'Timor-Leste', 'TL'), ('c', 'TL', 'TL'), ('c', 'TM', 'TM'),
  ('c', 'Turkmenistan', 'TM'), ('c', 'TN', 'TN'), ('c', 'Tunesië', 'TN'), ('c', 'Tunisia', 'TN'), ('c', 'TO', 'TO'), ('c', 'Tonga', 'TO'),
  ('c', 'TR', 'TR'), ('c', 'Turkey', 'TR'), ('c', 'Turkije', 'TR'), ('c', 'Türkiye', 'TR'), ('c', 'Trinidad & Tobago', 'TT'), ('c', 'Trinidad and Tobago', 'TT'),
  ('c', 'Trinidad en Tobago', 'TT'), ('c', 'TT', 'TT'), ('c', 'Tuvalu', 'TV'), ('c', 'TV', 'TV'), ('c', 'Republic of China', 'TW'), ('c', 'Taiwan', 'TW'),
  ('c', 'TW', 'TW'), ('c', 'Tanzania', 'TZ'), ('c', 'TZ', 'TZ'), ('c', 'Oekraïne', 'UA'), ('c', 'UA', 'UA'), ('c', 'Ukraine', 'UA'),
  ('c', 'Oeganda', 'UG'), ('c', 'UG', 'UG'), ('c', 'Uganda', 'UG'), ('c', 'Kleine afgelegen eilanden van de Verenigde Staten', 'UM'), ('c', 'U.S. Outlying Islands', 'UM'), ('c', 'UM', 'UM'),
  ('c', 'America', 'US'), ('c', 'Amerika', 'US'), ('c', 'United States', 'US'), ('c', 'United States of America', 'US'), ('c', 'US', 'US'), ('c', 'USA', 'US'),
  ('c', 'Verenigde Staten', 'US'), ('c', 'Verenigde Staten van Amerika', 'US'), ('c', 'VS', 'US'), ('c', 'Uruguay', 'UY'), ('c', 'UY', 'UY'), ('c', 'Oezbekistan', 'UZ'),
  ('c', 'UZ', 'UZ'), ('c', 'Uzbekistan', 'UZ'), ('c', 'Holy See', 'VA'), ('c', 'VA', 'VA'), ('c', 'Vaticaanstad', 'VA'), ('c', 'Vatican', 'VA'),
  ('c', 'Vatican City', 'VA'), ('c', 'Saint Vincent & Grenadines', 'VC'), ('c', 'Saint Vincent en de Grenadines', 'VC'), ('c', 'Sint Vincent & Grenadines', 'VC'), ('c', 'St. Vincent & Grenadines', 'VC'), ('c', 'St. Vincent and Grenadines', 'VC'),
  ('c', 'VC', 'VC'), ('c', 'VE', 'VE'), ('c', 'Venezuela', 'VE'), ('c', 'British Virgin Islands', 'VG'), ('c', 'Britse Maagdeneilanden', 'VG'), ('c', 'VG', 'VG'),
  ('c', 'Amerikaanse Maagdeneilanden', 'VI'), ('c', 'U.S. Virgin Islands', 'VI'), ('c', 'VI', 'VI'), ('c', 'Vietnam', 'VN'), ('c', 'VN', 'VN'), ('c', 'Vanuatu', 'VU'),
  ('c', 'VU', 'VU'), ('c', 'Wallis & Futuna', 'WF'), ('c', 'Wallis and Futuna', 'WF'), ('c', 'Wallis en Futuna', 'WF'), ('c', 'WF', 'WF'), ('c', 'Samoa', 'WS'),
  ('c', 'WS', 'WS'), ('c', 'Kosovo', 'XK'), ('c', 'XK', 'XK'), ('c', 'Jemen', 'YE'), ('c', 'YE', 'YE'), ('c', 'Yemen', 'YE'),
  ('c', 'Mayotte', 'YT'), ('c', 'YT', 'YT'), ('c', 'South Africa', 'ZA'), ('c', 'ZA', 'ZA'), ('c', 'Zuid-Afrika', 'ZA'), ('c', 'Zambia', 'ZM'),
  ('c', 'ZM', 'ZM'), ('c', 'Zimbabwe', 'ZW'), ('c', 'ZW', 'ZW'), ('l', 'aa', 'aa'), ('l', 'Afar', 'aa'), ('l', 'ab', 'ab'),
  ('l', 'Abchazisch', 'ab'), ('l', 'Abkhazian', 'ab'), ('l', 'ae', 'ae'), ('l', 'Avestan', 'ae'), ('l', 'Avestisch', 'ae'), ('l', 'af', 'af'),
  ('l', 'Afrikaans', 'af'), ('l', 'ak', 'ak'), ('l', 'Akan', 'ak'), ('l', 'am', 'am'), ('l', 'Amhaars', 'am'), ('l', 'Amharic', 'am'),
  ('l', 'አማርኛ', 'am'), ('l', 'an', 'an'), ('l', 'Aragonees', 'an'), ('l', 'Aragonese', 'an'), ('l', 'ar', 'ar'), ('l', 'Arabic', 'ar'),
  ('l', 'Arabisch', 'ar'), ('l', 'العربية', 'ar'), ('l', 'as', 'as'), ('l', 'Assamees', 'as'), ('l', 'Assamese', 'as'), ('l', 'অসমীয়া', 'as'),
  ('l', 'av', 'av'), ('l', 'Avaric', 'av'), ('l', 'Avarisch', 'av'), ('l', 'ay', 'ay'), ('l', 'Aymara', 'ay'), ('l', 'az', 'az'),
  ('l', 'Azerbaijani', 'az'), ('l', 'Azerbeidzjaans', 'az'), ('l', 'Azeri', 'az'), ('l', 'azərbaycan', 'az'), ('l', 'ba', 'ba'), ('l', 'Bashkir', 'ba'),
  ('l', 'Basjkiers', 'ba'), ('l', 'башҡорт', 'ba'), ('l', 'be', 'be'), ('l', 'Belarusian', 'be'), ('l', 'Belarussisch', 'be'), ('l', 'беларуская', 'be'),
  ('l', 'bg', 'bg'), ('l', 'Bulgaars', 'bg'), ('l', 'Bulgarian', 'bg'), ('l', 'български', 'bg'), ('l', 'bi', 'bi'), ('l', 'Bislama', 'bi'),
  ('l', 'bamanakan', 'bm'), ('l', 'Bambara', 'bm'), ('l', 'bm', 'bm'), ('l', 'Bangla', 'bn'), ('l', 'Bengaals', 'bn'), ('l', 'bn', 'bn'),
  ('l', 'বাংলা', 'bn'), ('l', 'bo', 'bo'), ('l', 'Tibetaans', 'bo'), ('l', 'Tibetan', 'bo'), ('l', 'བོད་སྐད་', 'bo'), ('l', 'br', 'br'),
  ('l', 'Breton', 'br'), ('l', 'Bretons', 'br'), ('l', 'brezhoneg', 'br'), ('l', 'bosanski', 'bs'), ('l', 'Bosnian', 'bs'), ('l', 'Bosnisch', 'bs'),
  ('l', 'bs', 'bs'), ('l', 'ca', 'ca'), ('l', 'català', 'ca'), ('l', 'Catalaans', 'ca'), ('l', 'Catalan', 'ca'), ('l', 'Valencian', 'ca'),
  ('l', 'ce', 'ce'), ('l', 'Chechen', 'ce'), ('l', 'Tsjetsjeens', 'ce'), ('l', 'нохчийн', 'ce'), ('l', 'ch', 'ch'), ('l', 'Chamorro', 'ch'),
  ('l', 'co', 'co'), ('l', 'Corsicaans', 'co'), ('l', 'Corsican', 'co'), ('l', 'cr', 'cr'), ('l', 'Cree', 'cr'), ('l', 'čeština', 'cs'),
  ('l', 'cs', 'cs'), ('l', 'Czech', 'cs'), ('l', 'Tsjechisch', 'cs'), ('l', 'Church Slavic', 'cu'), ('l', 'cu', 'cu'), ('l', 'Kerkslavisch', 'cu'),
  ('l', 'Chuvash', 'cv'), ('l', 'cv', 'cv'), ('l', 'Tsjoevasjisch', 'cv'), ('l', 'чӑваш чӗлхи', 'cv'), ('l', 'cy', 'cy'), ('l', 'Cymraeg', 'cy'),
  ('l', 'Welsh', 'cy'), ('l', 'da', 'da'), ('l', 'Danish', 'da'), ('l', 'dansk', 'da'), ('l', 'Deens', 'da'), ('l', 'de', 'de'),
  ('l', 'Deutsch', 'de'), ('l', 'Duits', 'de'), ('l', 'German', 'de'), ('l', 'Dhivehi', 'dv'), ('l', 'Divehi', 'dv'), ('l', 'dv', 'dv'),
  ('l', 'Maldivian', 'dv'), ('l', 'dz', 'dz'), ('l', 'Dzongkha', 'dz'), ('l', 'རྫོང་ཁ', 'dz'), ('l', 'ee', 'ee'), ('l', 'eʋegbe', 'ee'),
  ('l', 'Ewe', 'ee'), ('l', 'el', 'el'), ('l', 'Greek', 'el'), ('l', 'Grieks', 'el'), ('l', 'Modern Greek', 'el'), ('l', 'Ελληνικά', 'el'),
  ('l', 'en', 'en'), ('l', 'Engels', 'en'), ('l', 'Engelse', 'en'), ('l', 'English', 'en'), ('l', 'eo', 'eo'), ('l', 'Esperanto', 'eo'),
  ('l', 'Castellano', 'es'), ('l', 'Castilian', 'es'), ('l', 'es', 'es'), ('l', 'español', 'es'), ('l', 'Spaans', 'es'), ('l', 'Spanish', 'es'),
  ('l', 'eesti', 'et'), ('l', 'Estisch', 'et'), ('l', 'Estonian', 'et'), ('l', 'et', 'et'), ('l', 'Baskisch', 'eu'), ('l', 'Basque', 'eu'),
  ('l', 'eu', 'eu'), ('l', 'euskara', 'eu'), ('l', 'fa', 'fa'), ('l', 'Farsi', 'fa'), ('l', 'Persian', 'fa'), ('l', 'Perzisch', 'fa'),
  ('l', 'فارسی', 'fa'), ('l', 'ff', 'ff'), ('l', 'Fula', 'ff'), ('l', 'Fulah', 'ff'), ('l', 'Pulaar', 'ff'), ('l', 'fi', 'fi'),
  ('l', 'Finnish', 'fi'), ('l', 'Fins', 'fi'), ('l', 'suomi', 'fi'), ('l', 'Fijian', 'fj'), ('l', 'Fijisch', 'fj'), ('l', 'fj', 'fj'),
  ('l', 'Faeröers', 'fo'), ('l', 'Faroese', 'fo'), ('l', 'fo', 'fo'), ('l', 'føroyskt', 'fo'), ('l', 'fr', 'fr'), ('l', 'français', 'fr'),
  ('l', 'Frans', 'fr'), ('l', 'French', 'fr'), ('l', 'Fries', 'fy'), ('l', 'Frisian', 'fy'), ('l', 'Frysk', 'fy'), ('l', 'fy', 'fy'),
  ('l', 'West Frisian', 'fy'), ('l', 'Western Frisian', 'fy'), ('l', 'ga', 'ga'), ('l', 'Gaeilge', 'ga'), ('l', 'Iers', 'ga'), ('l', 'Irish', 'ga'),
  ('l', 'Gaelic', 'gd'), ('l', 'Gàidhlig', 'gd'), ('l', 'gd', 'gd'), ('l', 'Schots-Gaelisch', 'gd'), ('l', 'Scottish Gaelic', 'gd'), ('l', 'galego', 'gl'),
  ('l', 'Galician', 'gl'), ('l', 'Galicisch', 'gl'), ('l', 'gl', 'gl'), ('l', 'gn', 'gn'), ('l', 'Guarani', 'gn'), ('l', 'gu', 'gu'),
  ('l', 'Gujarati', 'gu'), ('l', 'ગુજરાતી', 'gu'), ('l', 'Gaelg', 'gv'), ('l', 'gv', 'gv'), ('l', 'Manx', 'gv'), ('l', 'ha', 'ha'),
  ('l', 'Hausa', 'ha'), ('l', 'he', 'he'), ('l', 'Hebreeuws', 'he'), ('l', 'Hebrew', 'he'), ('l', 'עברית', 'he'), ('l', 'hi', 'hi'),
  ('l', 'Hindi', 'hi'), ('l', 'हिन्दी', 'hi'), ('l', 'Hiri Motu', 'ho'), ('l', 'ho', 'ho'), ('l', 'Croatian', 'hr'), ('l', 'hr', 'hr'),
  ('l', 'hrvatski', 'hr'), ('l', 'Kroatisch', 'hr'), ('l', 'Haïtiaans Creools', 'ht'), ('l', 'Haitian', 'ht'), ('l', 'Haitian Creole', 'ht'), ('l', 'ht', 'ht'),
  ('l', 'Hongaars', 'hu'), ('l', 'hu', 'hu'), ('l', 'Hungarian', 'hu'), ('l', 'magyar', 'hu'), ('l', 'Armeens', 'hy'), ('l', 'Armenian', 'hy'),
  ('l', 'hy', 'hy'), ('l', 'հայերեն', 'hy'), ('l', 'Herero', 'hz'), ('l', 'hz', 'hz'), ('l', 'ia', 'ia'), ('l', 'Interlingua', 'ia'),
  ('l', 'Bahasa Indonesia', 'id'), ('l', 'id', 'id'), ('l', 'Indonesia', 'id'), ('l', 'Indonesian', 'id'), ('l', 'Indonesisch', 'id'), ('l', 'ie', 'ie'),
  ('l', 'Interlingue', 'ie'), ('l', 'ig', 'ig'), ('l', 'Igbo', 'ig'), ('l', 'ii', 'ii'), ('l', 'Nuosu', 'ii'), ('l', 'Sichuan Yi', 'ii'),
  ('l', 'ꆈꌠꉙ', 'ii'), ('l', 'ik', 'ik'), ('l', 'Inupiaq', 'ik'), ('l', 'Ido', 'io'), ('l', 'io', 'io'), ('l', 'Icelandic', 'is'),
  ('l', 'IJslands', 'is'), ('l', 'is', 'is'), ('l', 'íslenska', 'is'), ('l', 'it', 'it'), ('l', 'Italiaans', 'it'), ('l', 'Italian', 'it'),
  ('l', 'italiano', 'it'), ('l', 'Inuktitut', 'iu'), ('l', 'iu', 'iu'), ('l', 'ja', 'ja'), ('l', 'Japanese', 'ja'), ('l', 'Japans', 'ja'),
  ('l', '日本語', 'ja'), ('l', 'Javaans', 'jv'), ('l', 'Javanese', 'jv'), ('l', 'Jawa', 'jv'), ('l', 'jv', 'jv'), ('l', 'Georgian', 'ka'),
  ('l', 'Georgisch', 'ka'), ('l', 'ka', 'ka'), ('l', 'ქართული', 'ka'), ('l', 'kg', 'kg'), ('l', 'Kongo', 'kg'), ('l', 'Gikuyu', 'ki'),
  ('l', 'ki', 'ki'), ('l', 'Kikuyu', 'ki'), ('l', 'kj', 'kj'), ('l', 'Kuanyama', 'kj'), ('l', 'Kazachs', 'kk'), ('l', 'Kazakh', 'kk'),
  ('l', 'kk', 'kk'), ('l', 'қазақ тілі', 'kk'), ('l', 'Groenlands', 'kl'), ('l', 'Kalaallisut', 'kl'), ('l', 'kl', 'kl'), ('l', 'Khmer', 'km'),
  ('l', 'km', 'km'), ('l', 'ខ្មែរ', 'km'), ('l', 'Kannada', 'kn'), ('l', 'kn', 'kn'), ('l', 'ಕನ್ನಡ', 'kn'), ('l', 'ko', 'ko'),
  ('l', 'Koreaans', 'ko'), ('l', 'Korean', 'ko'), ('l', '한국어', 'ko'), ('l', 'Kanuri', 'kr'), ('l', 'kr', 'kr'), ('l', 'Kashmiri', 'ks'),
  ('l', 'Kasjmiri', 'ks'), ('l', 'ks', 'ks'), ('l', 'کٲشُر', 'ks'), ('l', 'Koerdisch', 'ku'), ('l', 'ku', 'ku'), ('l', 'kurdî (kurmancî)', 'ku'),
  ('l', 'Kurdish', 'ku'), ('l', 'Kurmanji', 'ku'), ('l', 'Sorani', 'ku'), ('l', 'Komi', 'kv'), ('l', 'kv', 'kv'), ('l', 'Cornish', 'kw'),
  ('l', 'kernewek', 'kw'), ('l', 'kw', 'kw'), ('l', 'Kirghiz', 'ky'), ('l', 'Kirgizisch', 'ky'), ('l', 'ky', 'ky'), ('l', 'Kyrgyz', 'ky'),
  ('l', 'кыргызча', 'ky'), ('l', 'la', 'la'), ('l', 'Latijn', 'la'), ('l', 'Latin', 'la'), ('l', 'lb', 'lb'), ('l', 'Lëtzebuergesch', 'lb'),
  ('l', 'Letzeburgesch', 'lb'), ('l', 'Luxembourgish', 'lb'), ('l', 'Luxemburgs', 'lb'), ('l', 'Ganda', 'lg'), ('l', 'lg', 'lg'), ('l', 'Luganda', 'lg'),
  ('l', 'li', 'li'), ('l', 'Limburgan', 'li'), ('l', 'Limburgish', 'li'), ('l', 'Limburgs', 'li'), ('l', 'Lingala', 'ln'), ('l', 'ln', 'ln'),
  ('l', 'Lao', 'lo'), ('l', 'Laotiaans', 'lo'), ('l', 'lo', 'lo'), ('l', 'ລາວ', 'lo'), ('l', 'lietuvių', 'lt'), ('l', 'Lithuanian', 'lt'),
  ('l', 'Litouws', 'lt'), ('l', 'lt', 'lt'), ('l', 'lu', 'lu'), ('l', 'Luba-Katanga', 'lu'), ('l', 'Tshiluba', 'lu'), ('l', 'Latvian', 'lv'),
  ('l', 'latviešu', 'lv'), ('l', 'Lets', 'lv'), ('l', 'lv', 'lv'), ('l', 'Malagassisch', 'mg'), ('l', 'Malagasy', 'mg'), ('l', 'mg', 'mg'),
  ('l', 'Marshallees', 'mh'), ('l', 'Marshallese', 'mh'), ('l', 'mh', 'mh'), ('l', 'Māori', 'mi'), ('l', 'mi', 'mi'), ('l', 'Macedonian', 'mk'),
  ('l', 'Macedonisch', 'mk'), ('l', 'mk', 'mk'), ('l', 'македонски', 'mk'), ('l', 'Malayalam', 'ml'), ('l', 'ml', 'ml'), ('l', 'മലയാളം', 'ml'),
  ('l', 'mn', 'mn'), ('l', 'Mongolian', 'mn'), ('l', 'Mongools', 'mn'), ('l', 'монгол', 'mn'), ('l', 'Marathi', 'mr'), ('l', 'mr', 'mr'),
  ('l', 'मराठी', 'mr'), ('l', 'Bahasa Malaysia', 'ms'), ('l', 'Malay', 'ms'), ('l', 'Malaysian', 'ms'), ('l', 'Maleis', 'ms'), ('l', 'Melayu', 'ms'),
  ('l', 'ms', 'ms'), ('l', 'Maltees', 'mt'), ('l', 'Maltese', 'mt'), ('l', 'Malti', 'mt'), ('l', 'mt', 'mt'), ('l', 'Birmaans', 'my'),
  ('l', 'Burmese', 'my'), ('l', 'my', 'my'), ('l', 'မြန်မာ', 'my'), ('l', 'na', 'na'), ('l', 'Nauru', 'na'), ('l', 'Nauruaans', 'na'),
  ('l', 'nb', 'nb'), ('l', 'Noors - Bokmål', 'nb'), ('l', 'norsk bokmål', 'nb'), ('l', 'Norwegian Bokmål', 'nb'), ('l', 'isiNdebele', 'nd'), ('l', 'nd', 'nd'),
  ('l', 'Noord-Ndebele', 'nd'), ('l', 'North Ndebele', 'nd'), ('l', 'ne', 'ne'), ('l', 'Nepalees', 'ne'), ('l', 'Nepali', 'ne'), ('l', 'नेपाली', 'ne'),
  ('l', 'Ndonga', 'ng'), ('l', 'ng', 'ng'), ('l', 'Dutch', 'nl'), ('l', 'Flemish', 'nl'), ('l', 'Hollands', 'nl'), ('l', 'Nederlands', 'nl'),
  ('l', 'Nederlandse', 'nl'), ('l', 'nl', 'nl'), ('l', 'Vlaams', 'nl'), ('l', 'nn', 'nn'), ('l', 'Noors - Nynorsk', 'nn'), ('l', 'norsk nynorsk', 'nn'),
  ('l', 'Norwegian Nynorsk', 'nn'), ('l', 'no', 'no'), ('l', 'Noors', 'no'), ('l', 'norsk', 'no'), ('l', 'Norwegian', 'no'), ('l', 'nr', 'nr'),
  ('l', 'South Ndebele', 'nr'), ('l', 'Zuid-Ndbele', 'nr'), ('l', 'Navajo', 'nv'), ('l', 'nv', 'nv'), ('l', 'Chewa', 'ny'), ('l', 'Chichewa', 'ny'),
  ('l', 'ny', 'ny'), ('l', 'Nyanja', 'ny'), ('l', 'oc', 'oc'), ('l', 'Occitaans', 'oc'), ('l', 'Occitan', 'oc'), ('l', 'oj', 'oj'),
  ('l', 'Ojibwa', 'oj'), ('l', 'Afaan Oromo', 'om'), ('l', 'om', 'om'), ('l', 'Oromo', 'om'), ('l', 'Oromoo', 'om'), ('l', 'Odia', 'or'),
  ('l', 'or', 'or'), ('l', 'ଓଡ଼ିଆ', 'or'), ('l', 'os', 'os'), ('l', 'Ossetic', 'os'), ('l', 'Ossetisch', 'os'), ('l', 'ирон', 'os'),
  ('l', 'pa', 'pa'), ('l', 'Panjabi', 'pa'), ('l', 'Punjabi', 'pa'), ('l', 'ਪੰਜਾਬੀ', 'pa'), ('l', 'Pali', 'pi'), ('l', 'pi', 'pi'),
  ('l', 'pl', 'pl'), ('l', 'Polish', 'pl'), ('l', 'polski', 'pl'), ('l', 'Pools', 'pl'), ('l', 'Pashto', 'ps'), ('l', 'Pasjtoe', 'ps'),
  ('l', 'ps', 'ps'), ('l', 'Pushto', 'ps'), ('l', 'پښتو', 'ps'), ('l', 'Brazilian Portuguese', 'pt'), ('l', 'Portugees', 'pt'), ('l', 'português', 'pt'),
  ('l', 'Portuguese', 'pt'), ('l', 'Portuguese (Brazil)', 'pt'), ('l', 'pt', 'pt'), ('l', 'qu', 'qu'), ('l', 'Quechua', 'qu'), ('l', 'Runasimi', 'qu'),
  ('l', 'Reto-Romaans', 'rm'), ('l', 'rm', 'rm'), ('l', 'Romansh', 'rm'), ('l', 'rumantsch', 'rm'), ('l', 'Ikirundi', 'rn'), ('l', 'Kirundi', 'rn'),
  ('l', 'rn', 'rn'), ('l', 'Rundi', 'rn'), ('l', 'Moldovan', 'ro'), ('l', 'ro', 'ro'), ('l', 'Roemeens', 'ro'), ('l', 'română', 'ro'),
  ('l', 'Romanian', 'ro'), ('l', 'ru', 'ru'), ('l', 'Russian', 'ru'), ('l', 'Russisch', 'ru'), ('l', 'русский', 'ru'), ('l', 'Ikinyarwanda', 'rw'),
  ('l', 'Kinyarwanda', 'rw'), ('l', 'rw', 'rw'), ('l', 'sa', 'sa'), ('l', 'Sanskriet', 'sa'), ('l', 'Sanskrit', 'sa'), ('l', 'संस्कृत भाषा', 'sa'),
  ('l', 'Sardijns', 'sc'), ('l', 'Sardinian', 'sc'), ('l', 'sardu', 'sc'), ('l', 'sc', 'sc'), ('l', 'sd', 'sd'), ('l', 'Sindhi', 'sd'),
  ('l', 'سنڌي', 'sd'), ('l', 'davvisámegiella', 'se'), ('l', 'Noord-Samisch', 'se'), ('l', 'Northern Sami', 'se'), ('l', 'se', 'se'), ('l', 'Sango', 'sg'),
  ('l', 'sg', 'sg'), ('l', 'si', 'si'), ('l', 'Singalees', 'si'), ('l', 'Sinhala', 'si'), ('l', 'Sinhalese', 'si'), ('l', 'සිංහල', 'si'),
  ('l', 'sk', 'sk'), ('l', 'Slovak', 'sk'), ('l', 'slovenčina', 'sk'), ('l', 'Slowaaks', 'sk'), ('l', 'sl', 'sl'), ('l', 'Sloveens', 'sl'),
  ('l', 'Slovene', 'sl'), ('l', 'Slovenian', 'sl'), ('l', 'slovenščina', 'sl'), ('l', 'Samoaans', 'sm'), ('l', 'Samoan', 'sm'), ('l', 'sm', 'sm'),
  ('l', 'chiShona', 'sn'), ('l', 'Shona', 'sn'), ('l', 'sn', 'sn'), ('l', 'so', 'so'), ('l', 'Somali', 'so'), ('l', 'Somalisch', 'so'),
  ('l', 'Soomaali', 'so'), ('l', 'Albanees', 'sq'), ('l', 'Albanian', 'sq'), ('l', 'shqip', 'sq'), ('l', 'sq', 'sq'), ('l', 'Serbian', 'sr'),
  ('l', 'Serbian Latin', 'sr'), ('l', 'Servisch', 'sr'), ('l', 'sr', 'sr'), ('l', 'српски', 'sr'), ('l', 'ss', 'ss'), ('l', 'Swati', 'ss'),
  ('l', 'Swazi', 'ss'), ('l', 'Sesotho', 'st'), ('l', 'Southern Sotho', 'st'), ('l', 'st', 'st'), ('l', 'Zuid-Sotho', 'st'), ('l', 'Basa Sunda', 'su'),
  ('l', 'Soendanees', 'su'), ('l', 'su', 'su'), ('l', 'Sundanese', 'su'), ('l', 'sv', 'sv'), ('l', 'svenska', 'sv'), ('l', 'Swedish', 'sv'),
  ('l', 'Zweeds', 'sv'), ('l', 'Kiswahili', 'sw'), ('l', 'sw', 'sw'), ('l', 'Swahili', 'sw'), ('l', 'ta', 'ta'), ('l', 'Tamil', 'ta'),
  ('l', 'தமிழ்', 'ta'), ('l', 'te', 'te'), ('l', 'Telugu', 'te'), ('l', 'తెలుగు', 'te'), ('l', 'Tadzjieks', 'tg'), ('l', 'Tajik', 'tg'),
  ('l', 'tg', 'tg'), ('l', 'тоҷикӣ', 'tg'), ('l', 'th', 'th'), ('l', 'Thai', 'th'), ('l', 'ไทย', 'th'), ('l', 'ti', 'ti'),
  ('l', 'Tigrinya', 'ti'), ('l', 'ትግርኛ', 'ti'), ('l', 'tk', 'tk'), ('l', 'Turkmeens', 'tk'), ('l', 'Turkmen', 'tk'), ('l', 'türkmen dili', 'tk'),
  ('l', 'Filipijns', 'tl'), ('l', 'Filipino', 'tl'), ('l', 'Tagalog', 'tl'), ('l', 'tl', 'tl'), ('l', 'Setswana', 'tn'), ('l', 'tn', 'tn'),
  ('l', 'Tswana', 'tn'), ('l', 'lea fakatonga', 'to'), ('l', 'to', 'to'), ('l', 'Tongaans', 'to'), ('l', 'Tongan', 'to'), ('l', 'tr', 'tr'),
  ('l', 'Türkçe', 'tr'), ('l', 'Turkish', 'tr'), ('l', 'Turks', 'tr'), ('l', 'ts', 'ts'), ('l', 'Tsonga', 'ts'), ('l', 'Tataars', 'tt'),
  ('l', 'Tatar', 'tt'), ('l', 'tt', 'tt'), ('l', 'татар', 'tt'), ('l', 'tw', 'tw'), ('l', 'Twi', 'tw'), ('l', 'Tahitiaans', 'ty'),
  ('l', 'Tahitian', 'ty'), ('l', 'ty', 'ty'), ('l', 'Oeigoers', 'ug'), ('l', 'ug', 'ug'), ('l', 'Uighur', 'ug'), ('l', 'Uyghur', 'ug'),
  ('l', 'ئۇيغۇرچە', 'ug'), ('l', 'Oekraïens', 'uk'), ('l', 'uk', 'uk'), ('l', 'Ukrainian', 'uk'), ('l', 'українська', 'uk'), ('l', 'ur', 'ur'),
  ('l', 'Urdu', 'ur'), ('l', 'اردو', 'ur'), ('l', 'o‘zbek', 'uz'), ('l', 'Oezbeeks', 'uz'), ('l', 'uz', 'uz'), ('l', 'Uzbek', 'uz'),
  ('l', 've', 've'), ('l', 'Venda', 've'), ('l', 'Tiếng Việt', 'vi'), ('l', 'vi', 'vi'), ('l', 'Vietnamees', 'vi'), ('l', 'Vietnamese', 'vi'),
  ('l', 'vo', 'vo'), ('l', 'Volapük', 'vo'), ('l', 'wa', 'wa'), ('l', 'Waals', 'wa'), ('l', 'Walloon', 'wa'), ('l', 'wo', 'wo'),
  ('l', 'Wolof', 'wo'), ('l', 'IsiXhosa', 'xh'), ('l', 'xh', 'xh'), ('l', 'Xhosa', 'xh'), ('l', 'Jiddisch', 'yi'), ('l', 'yi', 'yi'),
  ('l', 'Yiddish', 'yi'), ('l', 'ייִדיש', 'yi'), ('l', 'Èdè Yorùbá', 'yo'), ('l', 'yo', 'yo'), ('l', 'Yoruba', 'yo'), ('l', 'Vahcuengh', 'za'),
  ('l', 'za', 'za'), ('l', 'Zhuang', 'za'), ('l', 'Cantonese', 'zh'), ('l', 'Chinees', 'zh'), ('l', 'Chinese', 'zh'), ('l', 'Kantonees', 'zh'),
  ('l', 'Mandarijn', 'zh'), ('l', 'Mandarin', 'zh'), ('l', 'Mandarin Chinese', 'zh'), ('l', 'zh', 'zh'), ('l', '中文', 'zh'), ('l', 'isiZulu', 'zu'),
  ('l', 'Zoeloe', 'zu'), ('l', 'zu', 'zu'), ('l', 'Zulu', 'zu')
;--> statement-breakpoint
-- A key that names two different places maps to neither.
CREATE TABLE IF NOT EXISTS mn_place_keys (kind text NOT NULL, key text NOT NULL, code text NOT NULL, PRIMARY KEY (kind, key));--> statement-breakpoint
TRUNCATE mn_place_keys;--> statement-breakpoint
INSERT INTO mn_place_keys (kind, key, code)
  SELECT kind, mn_place_key(name), min(code) FROM mn_place_names
  GROUP BY kind, mn_place_key(name) HAVING count(DISTINCT code) = 1;--> statement-breakpoint
UPDATE "users" SET "country" = NULL WHERE mn_fold("country") IS NULL AND "country" IS NOT NULL;--> statement-breakpoint
UPDATE "users" u
  SET "country" = k.code,
      "unmatched_country" = CASE WHEN k.code IS NULL THEN btrim(u."country") ELSE u."unmatched_country" END
  FROM "users" f LEFT JOIN mn_place_keys k ON k.kind = 'c' AND k.key = mn_place_key(f."country")
  WHERE f."id" = u."id" AND u."country" IS NOT NULL AND u."country" IS DISTINCT FROM k.code;--> statement-breakpoint
-- One entry may name several languages ("Dutch, English", "Dutch and English"); order is kept.
WITH parts AS (
  SELECT u."id", l.n * 1000 + p.n AS position, btrim(p.part) AS part, k.code
  FROM "users" u
  CROSS JOIN LATERAL unnest(u."languages") WITH ORDINALITY AS l(value, n)
  CROSS JOIN LATERAL regexp_split_to_table(l.value, '\s*(?:[,;/&+]|\s(?:and|en|und|et)\s)\s*') WITH ORDINALITY AS p(part, n)
  LEFT JOIN mn_place_keys k ON k.kind = 'l' AND k.key = mn_place_key(p.part)
  WHERE cardinality(u."languages") > 0 AND mn_fold(p.part) IS NOT NULL
),
codes AS (SELECT "id", code, min(position) AS position FROM parts WHERE code IS NOT NULL GROUP BY "id", code),
unmatched AS (SELECT "id", part, min(position) AS position FROM parts WHERE code IS NULL GROUP BY "id", part),
mapped AS (
  SELECT u."id",
    coalesce((SELECT array_agg(c.code ORDER BY c.position) FROM codes c WHERE c."id" = u."id"), '{}'::text[]) AS languages,
    coalesce((SELECT array_agg(x.part ORDER BY x.position) FROM unmatched x WHERE x."id" = u."id"), '{}'::text[]) AS unmatched
  FROM "users" u WHERE cardinality(u."languages") > 0
)
UPDATE "users" u
  SET "languages" = m.languages,
      "unmatched_languages" = ARRAY(SELECT DISTINCT ON (v) v FROM unnest(u."unmatched_languages" || m.unmatched) WITH ORDINALITY AS x(v, n) ORDER BY v, n)
  FROM mapped m
  WHERE m."id" = u."id" AND (u."languages" IS DISTINCT FROM m.languages OR cardinality(m.unmatched) > 0);--> statement-breakpoint
DROP TABLE mn_place_keys;--> statement-breakpoint
DROP TABLE mn_place_names;--> statement-breakpoint
DROP FUNCTION mn_place_key(text);--> statement-breakpoint
-- Cities: trimmed, single spaces, and of the spellings that fold alike the most common (then one
-- with capitals, then the first alphabetically).
UPDATE "users" SET "city" = NULL WHERE "city" IS NOT NULL AND mn_fold("city") IS NULL;--> statement-breakpoint
WITH spellings AS (
  SELECT mn_fold("city") AS key, regexp_replace(btrim("city"), '\s+', ' ', 'g') AS spelling, count(*) AS n
  FROM "users" WHERE "city" IS NOT NULL GROUP BY 1, 2
),
best AS (
  SELECT DISTINCT ON (key) key, spelling FROM spellings ORDER BY key, n DESC, spelling = lower(spelling), spelling
)
UPDATE "users" u SET "city" = b.spelling FROM best b WHERE mn_fold(u."city") = b.key AND u."city" IS DISTINCT FROM b.spelling;
