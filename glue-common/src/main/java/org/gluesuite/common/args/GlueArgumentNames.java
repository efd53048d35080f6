package org.gluesuite.common.args;

import java.util.Set;

/** The names (without {@code --}) of the arguments Glue itself passes, reads or reserves. */
public final class GlueArgumentNames {
  public static final String JOB_NAME = "JOB_NAME";
  public static final String JOB_ID = "JOB_ID";
  public static final String JOB_RUN_ID = "JOB_RUN_ID";
  public static final String SECURITY_CONFIGURATION = "SECURITY_CONFIGURATION";
  public static final String WORKFLOW_NAME = "WORKFLOW_NAME";
  public static final String WORKFLOW_RUN_ID = "WORKFLOW_RUN_ID";
  public static final String TEMP_DIR = "TempDir";
  /** Older alias of {@link #TEMP_DIR}; Glue mirrors one into the other. */
  public static final String REDSHIFT_TEMP_DIR = "RedshiftTempDir";
  public static final String JOB_BOOKMARK_OPTION = "job-bookmark-option";
  /** The pre-bookmark name of {@link #JOB_BOOKMARK_OPTION}, still honoured when that is absent. */
  public static final String CONTINUATION_OPTION = "continuation-option";
  public static final String JOB_BOOKMARK_FROM = "job-bookmark-from";
  public static final String JOB_BOOKMARK_TO = "job-bookmark-to";
  public static final String ENCRYPTION_TYPE = "encryption-type";
  public static final String ENABLE_DATA_LINEAGE = "enable-data-lineage";
  public static final String ENABLE_GLUE_DATACATALOG = "enable-glue-datacatalog";
  public static final String ENABLE_METRICS = "enable-metrics";
  public static final String CONF = "conf";
  public static final String DATALAKE_FORMATS = "datalake-formats";
  public static final String EXTRA_JARS = "extra-jars";
  public static final String USER_JARS_FIRST = "user-jars-first";
  public static final String ENABLE_LAKEFORMATION_FINE_GRAINED_ACCESS = "enable-lakeformation-fine-grained-access";

  /**
   * Names a script may not request from getResolvedOptions. {@code JOB_NAME} is deliberately not
   * among them: scripts request it to call {@code Job.init}.
   */
  public static final Set<String> RESERVED = Set.of(
      JOB_BOOKMARK_OPTION, CONTINUATION_OPTION, JOB_BOOKMARK_FROM, JOB_BOOKMARK_TO,
      JOB_ID, JOB_RUN_ID, SECURITY_CONFIGURATION, ENCRYPTION_TYPE, ENABLE_DATA_LINEAGE);

  private GlueArgumentNames() {
  }
}
