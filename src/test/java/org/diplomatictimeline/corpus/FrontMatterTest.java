package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clipped form: a front matter block with the source address, then the article, maybe with its date line. */
class FrontMatterTest {

    @Test
    void sourceAddressIsRead() {
        String text = "---\nsource: https://example.org/2017/04/03/envoys-meet/\n---\nEnvoys meet in Oslo\nText.";

        Optional<FrontMatter> fm = FrontMatter.find(text);

        assertThat(fm).get().satisfies(f -> {
            assertThat(f.source()).isEqualTo("https://example.org/2017/04/03/envoys-meet/");
            assertThat(f.date()).isNull();
            assertThat(text.substring(f.bodyStart())).startsWith("Envoys meet");
        });
    }

    @Test
    void dateLineAfterTheBlockIsItsDateAndTheBodyStartsAfterIt() {
        String text = "---\nurl: https://example.org/a\n---\n date 2018-02-11 The envoys met in Oslo.";

        FrontMatter fm = FrontMatter.find(text).orElseThrow();

        assertThat(fm.date()).isEqualTo("2018-02-11");
        assertThat(text.substring(fm.bodyStart())).isEqualTo("The envoys met in Oslo.");
    }

    @Test
    void monthOnlyDateLineAfterTheBlockIsAMonth() {
        FrontMatter fm = FrontMatter.find("---\nsource: x\n---\n date 2018-02 The envoys met.").orElseThrow();

        assertThat(fm.date()).isEqualTo("2018-02");
    }

    @Test
    void declaredDateWinsOverALineThatOnlyLooksLikeOne() {
        FrontMatter fm = FrontMatter.find("---\ndate: 2020-05-06\n---\n date 2018-02-11 The envoys met.")
                .orElseThrow();

        assertThat(fm.date()).isEqualTo("2020-05-06");
    }
}
