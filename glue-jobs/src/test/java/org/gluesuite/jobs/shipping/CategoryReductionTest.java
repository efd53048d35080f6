package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryReductionTest {
  @Test
  void parse_allByDefault_seedList_orTheValuesGiven() {
    assertThat(CategoryReduction.parse("origin_categories", "shipping_origin", CategoryReduction.SEED_ORIGINS, null))
        .isEqualTo(CategoryReduction.keepAll("shipping_origin"));
    assertThat(CategoryReduction.parse("origin_categories", "shipping_origin", CategoryReduction.SEED_ORIGINS, "ALL")
        .keepAll()).isTrue();
    assertThat(CategoryReduction.parse("origin_categories", "shipping_origin", CategoryReduction.SEED_ORIGINS, "seed")
        .kept()).containsExactly("Chicago", "Seattle", "San Francisco", "Salt Lake City");
    assertThat(CategoryReduction.parse("carrier_categories", "carrier", CategoryReduction.SEED_CARRIERS,
        " BigBird , MicroCarrier ").kept()).containsExactly("BigBird", "MicroCarrier");
  }

  @Test
  void parse_rejectsEmptyValuesAndQuotes() {
    assertThatThrownBy(() -> CategoryReduction.parse("carrier_categories", "carrier", CategoryReduction.SEED_CARRIERS,
        "BigBird,,Shipper")).isInstanceOf(ShippingArgumentException.class)
        .hasMessage("Invalid --carrier_categories 'BigBird,,Shipper': it has an empty value between commas; give "
            + "'all', 'seed' or the values to keep separated by commas, e.g. BigBird.");
    assertThatThrownBy(() -> CategoryReduction.parse("carrier_categories", "carrier", CategoryReduction.SEED_CARRIERS,
        "Big'Bird")).hasMessageContaining("contains a quote or a backslash");
  }

  @Test
  void statement_isTheSeedsCaseWhen_orACopy() {
    assertThat(CategoryReduction.keep("carrier", List.of("BigBird")).statement()).isEqualTo(
        "SELECT CASE WHEN carrier IN ('BigBird') THEN carrier ELSE 'OTHER' END AS carrier_reduced, * FROM __THIS__");
    assertThat(CategoryReduction.keepAll("carrier").statement())
        .isEqualTo("SELECT carrier AS carrier_reduced, * FROM __THIS__");
  }

  @Test
  void unmatched_findsTheSeedsMisspelling() {
    CategoryReduction asWritten = CategoryReduction.keep("shipping_origin",
        List.of("Chicago", "Seattle", "San Francisco", "Salt Late City"));
    assertThat(asWritten.unmatched(Set.of("Chicago", "Seattle", "San Francisco", "OTHER")))
        .containsExactly("Salt Late City");
    assertThat(CategoryReduction.keep("shipping_origin", CategoryReduction.SEED_ORIGINS)
        .unmatched(Set.of("Chicago", "Seattle", "San Francisco", "Salt Lake City", "OTHER"))).isEmpty();
  }
}
