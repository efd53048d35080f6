package org.gluesuite.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The halting itself is exercised in child JVMs by {@code CrashSafetyTest}; here, the switch and the counting. */
class CrashPointsTest {

  @Test
  void reached_whenThePropertyIsSetAfterTheClassLoaded_staysUnarmed() {
    CrashPoints.reached("mid-read");
    String before = System.getProperty(CrashPoints.PROPERTY);
    System.setProperty(CrashPoints.PROPERTY, "crash-points-test-point");
    try {
      // Read once: a property set later arms nothing (were it read here, this call would halt the test JVM).
      CrashPoints.reached("crash-points-test-point");
      assertThat(CrashPoints.armed()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(CrashPoints.PROPERTY);
      } else {
        System.setProperty(CrashPoints.PROPERTY, before);
      }
    }
  }

  @Test
  void parse_whenUnsetOrBlank_armsNothing() {
    assertThat(CrashPoints.parse(null)).isNull();
    assertThat(CrashPoints.parse(" ")).isNull();
  }

  @Test
  void countsDown_whenArmedWithACount_firesOnlyOnThatVisitOfThatPoint() {
    CrashPoints second = CrashPoints.parse("mid-read:2");

    assertThat(second.countsDown("mid-write")).isFalse();
    assertThat(second.countsDown("mid-read")).isFalse();
    assertThat(second.countsDown("mid-write")).isFalse();
    assertThat(second.countsDown("mid-read")).isTrue();
    assertThat(second.countsDown("mid-read")).isFalse();
  }

  @Test
  void countsDown_whenArmedWithoutACount_firesOnTheFirstVisit() {
    assertThat(CrashPoints.parse("after-data-commit").countsDown("after-data-commit")).isTrue();
  }

  @Test
  void parse_whenTheCountIsNotAPositiveNumber_failsNamingTheProperty() {
    for (String bad : new String[] {"mid-read:x", "mid-read:0", "mid-read:", ":2"}) {
      assertThatThrownBy(() -> CrashPoints.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-Dgluesuite.crashPoint=" + bad)
          .hasMessageContaining("<point>:N");
    }
  }
}
