package org.diplomatictimeline.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link MentionFinder#find} on synthetic news text of several lengths; bytes per second is
 * {@code chars * ops/s}. Equal time per character across sizes shows the cost grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MentionFinderBench {

    private static final String[] SENTENCES = {
        "Russian Foreign Minister %1$s will meet his Chinese counterpart, %2$s, in Sochi on May 13, Moscow said.",
        "The ministers discussed Syria, Afghanistan and the Iran nuclear deal, the Kremlin said on Thursday.",
        "%2$s said Beijing and Moscow oppose unilateral sanctions imposed by Washington.",
        "Later, %1$s told reporters that the talks in the Russian capital had been frank and useful.",
        "Kenyan President %3$s opened the trade fair in Nairobi, where delegates from Ethiopia and Uganda met.",
        "The UN Security Council is expected to vote on the draft resolution next week, diplomats said.",
        "Analysts at the Hartwell Institution said the trade war between the US and China would last.",
        "The Chinese leader will travel to St. Petersburg for the International Economic Forum in June.",
        "Officials in Tehran rejected the proposal, while the European Union urged restraint in the Persian Gulf.",
        "The minister added that denuclearization of the Korean Peninsula remained the goal of the talks.",
        "In March, South Korean Prime Minister %4$s thanked Russia, China and Japan for their support.",
        "Both sides agreed to expand military cooperation and to hold joint exercises in the Black Sea.",
        "Prices of grain rose sharply over the summer, and farmers in the region expect a poor harvest.",
        "Critics of the plan say it will do little to help small businesses in the northern provinces.",
    };
    private static final String[][] NAMES = {
        {"Sergey Lavrov", "Wang Yi", "Daniel Otieno", "Lee Nak-yeon"},
        {"Sergei Ivanov", "Liu Hanming", "Grace Wanjiru", "Park Min-jun"},
        {"Andrei Smirnov", "Zhou Weiguo", "Peter Kamau", "Choi Hyun-woo"},
    };

    @Param({"10000", "100000", "1000000"})
    public int chars;

    private String text;
    private MentionFinder finder;

    @Setup(Level.Trial)
    public void setUp() {
        finder = new MentionFinder();
        text = syntheticText(chars, 42);
    }

    /** A text of about {@code size} characters made of paragraphs of the sentences above with varying names. */
    static String syntheticText(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(size + 200);
        while (b.length() < size) {
            String[] names = NAMES[random.nextInt(NAMES.length)];
            for (int s = 0; s < 5 && b.length() < size; s++) {
                b.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], (Object[]) names)).append(' ');
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    @Benchmark
    public List<Mention> find() {
        return finder.find(text, 0, text.length());
    }
}
