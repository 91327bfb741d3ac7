package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuthorTime_ParseTest {
    @Test
    void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
        var random = new Random(20230601L);
        var iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
        for (int i = 0; i < 20_000; i++) {
            long epoch = -2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L);
            int offsetMinutes = (random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15;
            var time = OffsetDateTime.ofInstant(
                    Instant.ofEpochSecond(epoch), ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            var parsed = AuthorTime.parse(time.format(iso));
            assertThat(parsed).isEqualTo(new AuthorTime(epoch, offsetMinutes));
            assertThat(parsed.utc())
                    .isEqualTo(time.withOffsetSameInstant(ZoneOffset.UTC)
                            .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")));
        }
    }

    @Test
    void gitOffsetsBecomeMinutesAndUtc() {
        assertThat(AuthorTime.parse("2026-08-21T17:57:37+01:00")).isEqualTo(new AuthorTime(1787331457L, 60));
        assertThat(AuthorTime.parse("2023-01-02T03:04:05+13:45").utc()).isEqualTo("2023-01-01T13:19:05Z");
        assertThat(AuthorTime.parse("2024-02-29T23:30:00-05:30").utc()).isEqualTo("2024-03-01T05:00:00Z");
        assertThat(AuthorTime.parse("2024-02-29T23:30:00Z").offsetMinutes()).isZero();
    }

    @Test
    void malformedDatesAreRejected() {
        for (String bad : new String[] {
            "",
            "2023-02-29T00:00:00+00:00",
            "2023-13-01T00:00:00+00:00",
            "2023-01-01 00:00:00+00:00",
            "2023-01-01T24:00:00+00:00",
            "2023-01-01T00:00:00+0000",
            "2023-01-01T00:00:00*01:00",
            "2023-01-01T00:00:00+19:00",
            "2023-1-01T00:00:00+00:00",
            "2023-01-01T00:00:00"
        }) {
            assertThat(AuthorTime.parse(bad)).as(bad).isNull();
        }
    }
}
