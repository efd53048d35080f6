package org.gluesuite.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedTextTest {
  private static final class Glob extends ParsedText {
    Glob(String text) {
      super(text);
    }
  }

  private static final class Filter extends ParsedText {
    Filter(String text) {
      super(text);
    }
  }

  @Test
  void equals_whenSameClassAndText_isTrue_andPrintsTheText() {
    assertThat(new Glob("a/**")).isEqualTo(new Glob("a/**")).hasSameHashCodeAs(new Glob("a/**")).hasToString("a/**");
  }

  @Test
  void equals_whenOtherTextOrOtherKind_isFalse() {
    assertThat(new Glob("a/**")).isNotEqualTo(new Glob("a/*")).isNotEqualTo(new Filter("a/**")).isNotEqualTo(null);
  }
}
