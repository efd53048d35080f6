package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.regression.FMRegressor;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.regression.RandomForestRegressor;
import org.junit.jupiter.api.Test;

class ModelTypeTest {
  @Test
  void parse_knowsTheFourTypes_andTheSeedsNameOfFm() {
    assertThat(ModelType.parse("gbt")).isEqualTo(ModelType.GBT);
    assertThat(ModelType.parse(" RF ")).isEqualTo(ModelType.RF);
    assertThat(ModelType.parse("linear")).isEqualTo(ModelType.LINEAR);
    assertThat(ModelType.parse("fm")).isEqualTo(ModelType.FM);
    assertThat(ModelType.parse("factorization_machine")).isEqualTo(ModelType.FM);
    assertThatThrownBy(() -> ModelType.parse("xgboost")).isInstanceOf(ShippingArgumentException.class)
        .hasMessage("Invalid --model_type 'xgboost': use one of [gbt, rf, linear, fm] (gradient-boosted trees, "
            + "random forest, linear regression, factorization machines).");
  }

  @Test
  void estimator_setsTheParameters_withMllibsTypes() {
    Predictor<?, ?, ?> gbt = ModelType.GBT.estimator(ModelParams.parse("{'maxIter': 32, 'stepSize': 0.05,"
        + " 'lossType': 'absolute', 'seed': 7}"), "features", "label");
    assertThat(gbt).isInstanceOf(GBTRegressor.class);
    GBTRegressor g = (GBTRegressor) gbt;
    assertThat(g.getMaxIter()).isEqualTo(32);
    assertThat(g.getStepSize()).isEqualTo(0.05);
    assertThat(g.getLossType()).isEqualTo("absolute");
    assertThat(g.getSeed()).isEqualTo(7L);
    assertThat(g.getMaxDepth()).as("an MLlib default stays").isEqualTo(5);
    assertThat(g.getFeaturesCol()).isEqualTo("features");
    assertThat(g.getLabelCol()).isEqualTo("label");

    assertThat(ModelType.RF.estimator(ModelParams.parse("{\"numTrees\": 100.0}"), "f", "l"))
        .isInstanceOfSatisfying(RandomForestRegressor.class, r -> assertThat(r.getNumTrees()).isEqualTo(100));
    assertThat(ModelType.LINEAR.estimator(ModelParams.parse("{'regParam': 1, 'fitIntercept': False}"), "f", "l"))
        .isInstanceOfSatisfying(LinearRegression.class, r -> {
          assertThat(r.getRegParam()).isEqualTo(1.0);
          assertThat(r.getFitIntercept()).isFalse();
        });
    assertThat(ModelType.FM.estimator(ModelParams.NONE, "f", "l")).isInstanceOf(FMRegressor.class);
  }

  @Test
  void estimator_unknownParameter_suggestsTheRightCase_andListsThem() {
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'maxiter': 32}"), "f", "l"))
        .isInstanceOf(ShippingArgumentException.class)
        .hasMessageStartingWith("Invalid --model_params: maxiter = 32 for GBTRegressor: it has no such parameter "
            + "(did you mean maxIter?); its parameters are [")
        .hasMessageContaining("maxDepth");
  }

  @Test
  void estimator_wrongTypeOrRange_namesTheParameter() {
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'maxIter': 3.5}"), "f", "l"))
        .hasMessage("Invalid --model_params: maxIter = 3.5 for GBTRegressor: it takes a whole number.");
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'maxIter': -1}"), "f", "l"))
        .hasMessageStartingWith("Invalid --model_params: maxIter = -1 for GBTRegressor: MLlib rejects the value");
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'lossType': 3}"), "f", "l"))
        .hasMessageStartingWith("Invalid --model_params: lossType = 3 for GBTRegressor: it takes a quoted string");
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'lossType': 'cubic'}"), "f", "l"))
        .hasMessageStartingWith("Invalid --model_params: lossType = 'cubic' for GBTRegressor: MLlib rejects");
    assertThatThrownBy(() -> ModelType.LINEAR.estimator(ModelParams.parse("{'fitIntercept': 1}"), "f", "l"))
        .hasMessage("Invalid --model_params: fitIntercept = 1 for LinearRegression: it takes true or false.");
    assertThatThrownBy(() -> ModelType.GBT.estimator(ModelParams.parse("{'labelCol': 'x'}"), "f", "l"))
        .hasMessage("Invalid --model_params: labelCol = 'x' for GBTRegressor: the job sets the columns itself; "
            + "leave labelCol out.");
  }
}
