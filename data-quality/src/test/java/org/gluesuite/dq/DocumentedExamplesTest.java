package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The example rules of AWS's DQDL reference (the DQDL syntax page and the rule type pages) parse with AWS's parser
 * and run on a frame with the columns they name; the outcomes the data implies are checked.
 */
class DocumentedExamplesTest {
  static final List<String> DOCUMENTED = List.of(
      "IsComplete \"order-id\"",
      "IsUnique \"order-id\"",
      "(IsComplete \"id\") and (IsUnique \"id\")",
      "(Mean \"Star_Rating\" > 3) and (Mean \"Order_Total\" > 500) and (IsComplete \"Order_Id\")",
      "(RowCount > 0) or ((IsComplete \"colA\") and (IsUnique \"colA\"))",
      "ColumnValues \"Country\" in [ \"US\", \"CA\", \"UK\", NULL, EMPTY, WHITESPACES_ONLY ]",
      "ColumnValues \"gender\" in [\"F\", \"M\"] where \"weightinkgs < 10\"",
      "ColumnValues \"First_Name\" matches \"[a-zA-Z]*\"",
      "ColumnValues \"Load_Date\" > (now() - 3 days)",
      "ColumnValues \"Customer_ID\" between 1 and 2000",
      "ColumnLength \"Postal_Code\" = 5",
      "ColumnLength \"weightinkgs\" = 2 where \"weightinkgs > 10\"",
      "DataFreshness \"Order_Date\" <= 24 hours",
      "DataFreshness \"Order_Date\" between 2 days and 5 days",
      "Sum \"transaction_total\" > 500000",
      "Sum \"Salary\" < 55600 where \"Customer_ID < 10\"",
      "ColumnDataType \"colA\" = \"INTEGER\"",
      "ColumnDataType \"colA\" = \"INTEGER\" with threshold > 0.9",
      "CustomSql \"select count(*) from primary\" between 10 and 20",
      "CustomSql \"select Name from primary where Age > 18\"",
      "ReferentialIntegrity \"zipcode\" \"reference.zipcode\" >= 0.9",
      "ReferentialIntegrity \"city,state\" \"reference.{ref_city,ref_state}\" = 1.0");

  @Test
  void documentedExamples_parseAndRunWithTheOutcomesTheDataImplies() {
    StructType schema = new StructType().add("order-id", DataTypes.IntegerType).add("id", DataTypes.IntegerType)
        .add("Star_Rating", DataTypes.DoubleType).add("Order_Total", DataTypes.DoubleType)
        .add("Order_Id", DataTypes.StringType).add("colA", DataTypes.StringType).add("Country", DataTypes.StringType)
        .add("gender", DataTypes.StringType).add("weightinkgs", DataTypes.IntegerType)
        .add("First_Name", DataTypes.StringType).add("Load_Date", DataTypes.DateType)
        .add("Customer_ID", DataTypes.IntegerType).add("Postal_Code", DataTypes.StringType)
        .add("Order_Date", DataTypes.TimestampType).add("transaction_total", DataTypes.DoubleType)
        .add("Salary", DataTypes.DoubleType).add("Name", DataTypes.StringType).add("Age", DataTypes.IntegerType)
        .add("zipcode", DataTypes.IntegerType).add("city", DataTypes.StringType).add("state", DataTypes.StringType);
    Date today = new Date(System.currentTimeMillis());
    Timestamp hourAgo = Timestamp.from(Instant.now().minusSeconds(3600));
    Dataset<Row> data = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(1, 1, 4.0, 600.0, "o1", "10", "US", "F", 5, "Ann", today, 5, "12345", hourAgo, 300000.0,
            20000.0, "Ann", 30, 10115, "Berlin", "BE"),
        RowFactory.create(2, 2, 5.0, 700.0, "o2", "20", "", "M", 12, "Bob", today, 8, "54321", hourAgo, 300000.0,
            30000.0, "Bob", 17, 20095, "Hamburg", "HH")), schema);
    Dataset<Row> reference = TestSpark.session().createDataFrame(List.of(
        RowFactory.create(10115, "Berlin", "BE"), RowFactory.create(20095, "Hamburg", "HH")),
        new StructType().add("zipcode", DataTypes.IntegerType).add("ref_city", DataTypes.StringType)
            .add("ref_state", DataTypes.StringType));

    DqdlRuleset ruleset = DqdlRuleset.parse("Rules = [\n  " + String.join(",\n  ", DOCUMENTED) + "\n]");
    List<RuleOutcome> outcomes = DataQuality.onData(data).withReference("reference", reference).run(ruleset)
        .ruleOutcomes();

    assertThat(outcomes).hasSize(DOCUMENTED.size());
    List<String> failed = outcomes.stream().filter(o -> !o.passed()).map(RuleOutcome::rule).toList();
    // two rows: too few for "between 10 and 20"; Bob (17) is not selected by "Age > 18"; Order_Date is an hour old
    assertThat(failed).containsExactlyInAnyOrder(
        "CustomSql \"select count(*) from primary\" between 10 and 20",
        "CustomSql \"select Name from primary where Age > 18\"",
        "DataFreshness \"Order_Date\" between 2 days and 5 days");
  }
}
