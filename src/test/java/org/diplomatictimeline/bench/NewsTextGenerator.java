package org.diplomatictimeline.bench;

import java.util.Random;

/** Builds synthetic diplomatic news text of a given size from sentences written for the benchmarks. */
final class NewsTextGenerator {

    private static final String[] SENTENCES = {
        "The foreign minister said on Thursday that talks with his counterpart would resume next week in Geneva.",
        "Officials will meet on May 13 in Sochi to prepare the president's visit, the ministry said.",
        "The two leaders held talks at the Kremlin on Wednesday and signed a joint statement on trade.",
        "A 2-day visit, which will start on 12 June 2019, is expected to focus on energy and security.",
        "Sanctions imposed in 2014 remain in force, and the council reviews them every year.",
        "Negotiators met three times between 2015 and 2017 without reaching a deal.",
        "The summit is scheduled for June 5-7, and delegations will arrive the day before.",
        "In March, the envoy thanked both governments for their constructive role in the region.",
        "The embassy reopened in early 2019 after being closed for about two years.",
        "Trade between the countries grew by 12 percent in the first quarter of 2019.",
        "The spokeswoman told reporters at 17:52 that no decision had been taken yet.",
        "Several rounds of consultations took place over the past few months, diplomats said.",
        "The agreement, first proposed in the 1990s, could be signed later this year.",
        "Les ministres se sont réunis le 13 mai 2019 à Paris pour discuter de la crise.",
        "Встреча министров состоялась 13 мая 2019 года в Сочи.",
        "Protesters gathered outside the parliament as lawmakers debated the budget for hours.",
        "The delegation, led by the deputy prime minister, includes twelve members and three advisers.",
        "Analysts say the relationship is no longer limited and tactical, as some observers think.",
        "The forum, held annually since 1997, brings together business leaders from 70 countries.",
        "Yesterday the central bank left its key rate unchanged at 7.75 percent.",
    };

    private NewsTextGenerator() {
    }

    /** About {@code chars} characters of paragraphs, the same for the same seed. */
    static String text(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        int inParagraph = 0;
        while (sb.length() < chars) {
            sb.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            if (++inParagraph == 4) {
                sb.append("\n\n");
                inParagraph = 0;
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
