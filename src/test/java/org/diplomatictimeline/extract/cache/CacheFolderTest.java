package org.diplomatictimeline.extract.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cache goes to the user's cache folder by each platform's convention, never beside the articles. */
class CacheFolderTest {

    @ParameterizedTest(name = "{0}, {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            Linux      | XDG_CACHE_HOME | /var/cache/u   | /var/cache/u/diplomatic-timeline
            Linux      | XDG_CACHE_HOME | relative/cache | /home/u/.cache/diplomatic-timeline
            Linux      | ''             | ''             | /home/u/.cache/diplomatic-timeline
            FreeBSD    | ''             | ''             | /home/u/.cache/diplomatic-timeline
            Mac OS X   | XDG_CACHE_HOME | /var/cache/u   | /home/u/Library/Caches/Diplomatic Timeline
            Windows 11 | LOCALAPPDATA   | /c/Users/u/AL  | /c/Users/u/AL/Diplomatic Timeline/Cache
            Windows 11 | ''             | ''             | /home/u/AppData/Local/Diplomatic Timeline/Cache
            """)
    void followsThePlatformConvention(String os, String variable, String value, String expected) {
        Map<String, String> env = new HashMap<>();
        if (!variable.isEmpty()) {
            env.put(variable, value);
        }

        assertThat(CacheFolder.resolve(env, os, Path.of("/home/u"))).isEqualTo(Path.of(expected));
    }
}
