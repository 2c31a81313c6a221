package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.juesuan.model.TableCode;
import org.junit.jupiter.api.Test;

/** The forms a rule side may take, parsed into signed reads in the order written. */
class SideParserTest {

    private static List<String> signed(String text) throws SideParser.Unsupported {
        return SideParser.parse(text).terms().stream().map(t -> (t.subtracted() ? "-" : "+") + t.read()).toList();
    }

    @Test
    void columnsOfARowWithTheirSigns() throws Exception {
        assertThat(signed("begin_balance + income - exp_total")).containsExactly(
                "+Column[column=begin_balance]", "+Column[column=income]", "-Column[column=exp_total]");
        assertThat(signed("['basic.personnel'] + sumOf('project.')")).containsExactly(
                "+Column[column=basic.personnel]", "+ColumnsStartingWith[prefix=project.]");
    }

    @Test
    void cellsAndClassSumsOfTheSubmission() throws Exception {
        Side side = SideParser.parse("T08.sumOfClasses('amount') - T08['301']['amount']");
        assertThat(side.terms()).containsExactly(
                new Side.Term(new Read.ClassSum(TableCode.T08, "amount"), false, "T08.sumOfClasses('amount')"),
                new Side.Term(new Read.Cell(TableCode.T08, "301", "amount"), true, "T08['301']['amount']"));
        assertThat(SideParser.parse("T07['{row}']['basic.public']").readsCurrentRow()).isTrue();
    }

    @Test
    void bracketsAndUnarySignsDistribute() throws Exception {
        assertThat(signed("-(a - b) + (c)")).containsExactly("-Column[column=a]", "+Column[column=b]", "+Column[column=c]");
        assertThat(signed("a - (b - (c + d))")).containsExactly(
                "+Column[column=a]", "-Column[column=b]", "+Column[column=c]", "+Column[column=d]");
    }

    @Test
    void anythingElseIsRefusedAtItsPart() {
        assertThatThrownBy(() -> SideParser.parse("a / b")).isInstanceOfSatisfying(SideParser.Unsupported.class,
                e -> assertThat(e.part).isEqualTo("/"));
        assertThatThrownBy(() -> SideParser.parse("(a + b")).isInstanceOfSatisfying(SideParser.Unsupported.class,
                e -> assertThat(e.expected).isEqualTo("')'"));
        assertThatThrownBy(() -> SideParser.parse("T99['TOTAL']['x']")).isInstanceOfSatisfying(SideParser.Unsupported.class,
                e -> assertThat(e.part).isEqualTo("T99"));
        assertThatThrownBy(() -> SideParser.parse("a.b")).isInstanceOfSatisfying(SideParser.Unsupported.class,
                e -> assertThat(e.part).isEqualTo("a.b"));
        assertThatThrownBy(() -> SideParser.parse("")).isInstanceOf(SideParser.Unsupported.class);
    }
}
