package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's two seed articles: the actors, places and topics they speak of are all found. */
class SeedMentionTest {

    private static final List<Mention> ALL = new ArrayList<>();
    private static final List<String> TOPICS = new ArrayList<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (Mention m : MentionAssertions.FINDER.find(text, 0, text.length())) {
                    assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
                    ALL.add(m);
                    MentionAssertions.FINDER.topicOf(m).ifPresent(t -> TOPICS.add(t.id()));
                }
            }
        }
    }

    private static List<Mention> withId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).toList();
    }

    @Test
    void lavrovIsTheRussianForeignMinister() {
        assertThat(withId("person:sergey-lavrov")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.countryCode()).isEqualTo("RU");
            assertThat(m.role()).isEqualTo("Foreign Minister");
        });
        assertThat(withId("person:sergey-lavrov")).extracting(Mention::text).contains("Sergey Lavrov", "Lavrov");
    }

    @Test
    void wangYiIsChineseAndFoundByFamilyName() {
        assertThat(withId("person:wang-yi")).isNotEmpty().allSatisfy(m -> assertThat(m.countryCode()).isEqualTo("CN"));
        assertThat(withId("person:wang-yi")).extracting(Mention::text).contains("Wang Yi", "Wang");
    }

    @Test
    void xiJinpingIsFoundByFullNameFamilyNameAndRole() {
        assertThat(withId("person:xi-jinping")).isNotEmpty().allSatisfy(m -> assertThat(m.countryCode()).isEqualTo("CN"));
        assertThat(withId("person:xi-jinping")).extracting(Mention::text)
                .contains("Xi Jinping", "Xi", "Chinese leader");
    }

    @Test
    void putinAndZakharovaAreRussian() {
        assertThat(withId("person:vladimir-putin")).extracting(Mention::text).contains("Putin");
        assertThat(withId("person:vladimir-putin")).allSatisfy(m -> assertThat(m.countryCode()).isEqualTo("RU"));
        assertThat(withId("person:maria-zakharova")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.countryCode()).isEqualTo("RU"));
    }

    @Test
    void placesAreFound() {
        assertThat(withId("city:sochi")).isNotEmpty();
        assertThat(withId("city:moscow")).extracting(Mention::text).contains("Moscow", "Russian capital");
        assertThat(withId("venue:kremlin")).isNotEmpty();
        assertThat(withId("city:saint-petersburg")).isNotEmpty();
    }

    @Test
    void topicsAreFound() {
        assertThat(TOPICS).contains("topic:syria", "topic:iran-nuclear-deal", "topic:korean-peninsula",
                "topic:venezuela", "topic:afghanistan");
    }
}
