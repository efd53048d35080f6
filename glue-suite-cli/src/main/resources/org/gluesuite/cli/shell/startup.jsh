import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.gluesuite.glue.DynamicFrame;
import org.gluesuite.glue.GlueContext;
import org.gluesuite.glue.util.JsonOptions;
var shell = org.gluesuite.cli.shell.ShellObjects.current();
GlueContext glueContext = shell.glueContext();
org.gluesuite.runtime.context.GlueSuiteContext glue = shell.glue();
SparkSession spark = shell.spark();
org.apache.spark.SparkContext sc = shell.sc();
org.gluesuite.catalog.DataCatalog catalog = shell.catalog();
void help() { System.out.print(shell.help()); }
