package org.gluesuite.runtime.context.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;
import org.junit.jupiter.api.Test;

class CatalogPrefilterTest {
  private static final Table EVENTS = new Table("raw", "events", null, null, null,
      List.of(Column.of("year", "string"), Column.of("month", "STRING"), Column.of("hour", "int")), "EXTERNAL_TABLE",
      Map.of(), null, null, "1");

  @Test
  void equalitiesOnStringKeys_joinedByAnd_goToTheCatalog() {
    assertThat(CatalogPrefilter.of("year = '2024'", EVENTS)).contains("`year` = '2024'");
    assertThat(CatalogPrefilter.of(" YEAR='2024'  and `month` = '05' ", EVENTS))
        .contains("`year` = '2024' AND `month` = '05'");
  }

  @Test
  void anythingElse_staysSparkSql() {
    for (String predicate : List.of("year >= '2024'", "year = '2024' OR month = '05'", "hour = '3'",
        "id = '1'", "year = 2024", "year = 'a\\\\'b'", "(year = '2024')", "year = '2024' AND month > '01'",
        "year = '2024' AND", "")) {
      assertThat(CatalogPrefilter.of(predicate, EVENTS)).as(predicate).isEmpty();
    }
    assertThat(CatalogPrefilter.of(null, EVENTS)).isEmpty();
  }
}
