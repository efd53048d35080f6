package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnakeCaseTest {
  @Test
  void of_followsInflectionUnderscore_onTheSeedsHeaders() {
    assertThat(SnakeCase.of("OrderID")).isEqualTo("order_id");
    assertThat(SnakeCase.of("YShippingDistance")).isEqualTo("y_shipping_distance");
    assertThat(SnakeCase.of("ProductId")).isEqualTo("product_id");
    assertThat(SnakeCase.of("InBulkOrder")).isEqualTo("in_bulk_order");
    assertThat(SnakeCase.of("ActualShippingDays")).isEqualTo("actual_shipping_days");
  }

  @Test
  void of_splitsAcronymsAndDigits_andTurnsHyphensIntoUnderscores() {
    assertThat(SnakeCase.of("HTTPServer")).isEqualTo("http_server");
    assertThat(SnakeCase.of("Area51Code")).isEqualTo("area51_code");
    assertThat(SnakeCase.of("already_snake")).isEqualTo("already_snake");
    assertThat(SnakeCase.of("Two-Words")).isEqualTo("two_words");
  }
}
