package org.gluesuite.dq.internal;

import java.util.List;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.number.AtomicNumberOperand;
import software.amazon.glue.dqdl.model.condition.number.BinaryExpressionOperand;
import software.amazon.glue.dqdl.model.condition.number.FunctionCallOperand;
import software.amazon.glue.dqdl.model.condition.number.NullNumericOperand;
import software.amazon.glue.dqdl.model.condition.number.NumberBasedCondition;
import software.amazon.glue.dqdl.model.condition.number.NumericOperand;
import software.amazon.glue.dqdl.model.condition.number.OperandEvaluator;

/**
 * Values of the numbers in a DQDL condition: literals and arithmetic on them ({@code (10 * 2) + 1}). Comparing a
 * metric with a condition is AWS's own {@code NumberBasedCondition.evaluate}, given this evaluator.
 */
public final class Operands extends OperandEvaluator {
  private static final long serialVersionUID = 1L;
  public static final Operands INSTANCE = new Operands();

  private Operands() {
  }

  @Override
  public Double evaluate(DQRule rule, NumericOperand operand) {
    if (operand instanceof BinaryExpressionOperand binary) {
      double left = evaluate(rule, binary.getOperand1());
      double right = evaluate(rule, binary.getOperand2());
      return switch (binary.getOperator()) {
        case "+" -> left + right;
        case "-" -> left - right;
        case "*" -> left * right;
        case "/" -> left / right;
        default -> throw new IllegalArgumentException("unknown operator " + binary.getOperator());
      };
    }
    if (operand instanceof AtomicNumberOperand) {
      return Double.valueOf(operand.getOperand());
    }
    throw new IllegalArgumentException("'" + operand.getOperand() + "' is not a number");
  }

  /** Whether the rule's numbers include a function call ({@code avg(last(3))}: a dynamic rule). */
  public static boolean hasFunctionCall(NumberBasedCondition condition) {
    return condition.getOperands() != null && condition.getOperands().stream().anyMatch(Operands::hasFunctionCall);
  }

  private static boolean hasFunctionCall(NumericOperand operand) {
    if (operand instanceof FunctionCallOperand) {
      return true;
    }
    if (operand instanceof BinaryExpressionOperand binary) {
      return hasFunctionCall(binary.getOperand1()) || hasFunctionCall(binary.getOperand2());
    }
    return false;
  }

  /** The condition's operands as numbers ({@code null} for DQDL's {@code NULL}). */
  static List<Double> values(DQRule rule, NumberBasedCondition condition) {
    return condition.getOperands().stream()
        .map(op -> op instanceof NullNumericOperand ? null : INSTANCE.evaluate(rule, op))
        .toList();
  }

  /** AWS's comparison of a metric with a number condition. */
  static boolean test(DQRule rule, NumberBasedCondition condition, double metric) {
    return Boolean.TRUE.equals(condition.evaluate(metric, rule, INSTANCE));
  }
}
