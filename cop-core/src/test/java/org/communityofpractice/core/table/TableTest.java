package org.communityofpractice.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class TableTest {
  static final Schema SCHEMA =
      Schema.of(
          "example",
          "One row per session",
          Column.text("session", "The session's id"),
          Column.integer("headcount", "How many were in the room"),
          Column.decimal("share", "A share in 0..1").optional(),
          Column.bool("lived_experience_present", "Whether an expert by experience came"),
          Column.date("held_on", "The day it was held"),
          Column.instant("starts_at", "When it started"),
          Column.freeText("conclusion", "A conclusion in the group's words").optional());

  static Table example() {
    return Table.builder(SCHEMA)
        .addRow(
            "s-1",
            12,
            0.25,
            true,
            LocalDate.of(2016, 3, 3),
            Instant.parse("2016-03-03T10:00:00Z"),
            "=1+1")
        .addRow(
            "s-2",
            9L,
            null,
            false,
            LocalDate.of(2016, 4, 7),
            Instant.parse("2016-04-07T09:00:00Z"),
            null)
        .build();
  }

  @Test
  void keepsRowsInOrderWithTheirTypedValues() {
    Table t = example();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.row(0).integer("headcount")).isEqualTo(12L);
    assertThat(t.row(0).decimal("share")).isEqualTo(0.25);
    assertThat(t.row(1).decimal("share")).isNull();
    assertThat(t.row(1).isMissing("conclusion")).isTrue();
    assertThat(t.row(0).bool("lived_experience_present")).isTrue();
    assertThat(t.row(1).bool("lived_experience_present")).isFalse();
    assertThat(t.row(1).date("held_on")).isEqualTo(LocalDate.of(2016, 4, 7));
    assertThat(t.column("session")).containsExactly("s-1", "s-2");
    assertThat(t.row(1).values()).hasSize(SCHEMA.width());
  }

  @Test
  void widensIntegersAndConvertsNumbersToDecimals() {
    Schema s = Schema.of("w", "w", Column.integer("i", "i"), Column.decimal("d", "d"));
    Table t = Table.builder(s).addRow((short) 3, 2).addRow((byte) 1, 2.5f).build();
    assertThat(t.value(0, 0)).isEqualTo(3L);
    assertThat(t.value(0, 1)).isEqualTo(2.0);
    assertThat(t.value(1, 1)).isEqualTo(2.5);
  }

  @Test
  void holdsManyRowsAcrossArrayGrowth() {
    Schema s =
        Schema.of("many", "many", Column.integer("i", "i"), Column.decimal("d", "d").optional());
    Table.Builder b = Table.builder(s);
    for (int i = 0; i < 10_000; i++) {
      b.addRow(i, i % 3 == 0 ? null : i / 2.0);
    }
    Table t = b.build();
    assertThat(t.rowCount()).isEqualTo(10_000);
    assertThat(t.value(9_999, 0)).isEqualTo(9_999L);
    assertThat(t.value(9_999, 1)).isNull();
    assertThat(t.value(9_998, 1)).isEqualTo(4_999.0);
  }

  @Test
  void widensAnIntegerColumnPastItsFirstChunksWithoutLosingACell() {
    Schema s = Schema.of("wide", "wide", Column.integer("i", "i"));
    Table.Builder b = Table.builder(s);
    for (int i = 0; i < 2_500; i++) {
      b.addRow(i - 1_000);
    }
    Table t = b.addRow(Long.MAX_VALUE).addRow(7).build();
    for (int i = 0; i < 2_500; i++) {
      assertThat(t.value(i, 0)).isEqualTo(i - 1_000L);
    }
    assertThat(t.value(2_500, 0)).isEqualTo(Long.MAX_VALUE);
    assertThat(t.value(2_501, 0)).isEqualTo(7L);
  }

  @Test
  void keepsIntegersBeyondIntRangeExactly() {
    Schema s = Schema.of("big", "big", Column.integer("i", "i").optional());
    Table.Builder b = Table.builder(s);
    for (int i = 0; i < 20; i++) {
      b.addRow(i);
    }
    Table t =
        b.addRow(Long.MAX_VALUE).addRow((Object) null).addRow(Long.MIN_VALUE).addRow(-7).build();
    assertThat(t.value(19, 0)).isEqualTo(19L);
    assertThat(t.value(20, 0)).isEqualTo(Long.MAX_VALUE);
    assertThat(t.value(21, 0)).isNull();
    assertThat(t.value(22, 0)).isEqualTo(Long.MIN_VALUE);
    assertThat(t.value(23, 0)).isEqualTo(-7L);
    assertThat(t.column("i")).hasSize(24);
  }

  @Test
  void rejectsARowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> Table.builder(SCHEMA).addRow("s-1", 12))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rows[0] must have 7 cells but was 2");
  }

  @Test
  void rejectsACellOfTheWrongTypeWithoutShowingText() {
    assertThatThrownBy(
            () ->
                Table.builder(SCHEMA)
                    .addRow(
                        "s-1",
                        "twelve people",
                        0.25,
                        true,
                        LocalDate.of(2016, 3, 3),
                        Instant.EPOCH,
                        null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rows[0].headcount must be a integer value but was a java.lang.String")
        .hasMessageNotContaining("twelve");
  }

  @Test
  void rejectsAMissingCellInARequiredColumn() {
    Table.Builder b = Table.builder(SCHEMA);
    b.addRow("s-1", 12, 0.25, true, LocalDate.of(2016, 3, 3), Instant.EPOCH, null);
    assertThatThrownBy(
            () -> b.addRow(null, 12, 0.25, true, LocalDate.of(2016, 3, 3), Instant.EPOCH, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rows[1].session must not be missing but was null");
    assertThat(b.rowCount()).isEqualTo(1);
  }

  @Test
  void rejectsNonFiniteDecimals() {
    Schema s = Schema.of("d", "d", Column.decimal("d", "d"));
    assertThatThrownBy(() -> Table.builder(s).addRow(Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("rows[0].d must be a finite decimal");
  }

  @Test
  void rejectsBadNamesAndDuplicateColumns() {
    assertThatThrownBy(() -> Column.text("Session Id", "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("column.name must be");
    assertThatThrownBy(() -> Schema.of("t", "t", Column.text("a", "x"), Column.integer("a", "y")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("schema.columns[1].name must be unique but was a");
    assertThatThrownBy(() -> new Column("n", ColumnType.INTEGER, "n", false, true))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void readingAColumnAsTheWrongTypeSaysSo() {
    Row r = example().row(0);
    assertThatThrownBy(() -> r.text("headcount"))
        .isInstanceOf(ClassCastException.class)
        .hasMessageContaining("is integer, not text");
    assertThatThrownBy(() -> r.get("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 'example' has no column 'nope'");
  }

  @Test
  void aBuiltTableCannotBeAddedTo() {
    Table.Builder b = Table.builder(Schema.of("t", "t", Column.integer("i", "i")));
    b.build();
    assertThatThrownBy(() -> b.addRow(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toStringShowsShapeNotContent() {
    assertThat(example().toString()).isEqualTo("Table{example, columns=7, rows=2}");
    assertThat(example().row(0).toString()).doesNotContain("=1+1");
  }

  @Test
  void theDictionaryDocumentsEveryColumn() {
    Table d = SCHEMA.dictionary();
    assertThat(d.name()).isEqualTo("example_dictionary");
    assertThat(d.rowCount()).isEqualTo(SCHEMA.width());
    assertThat(d.row(2).values())
        .isEqualTo(Arrays.asList("share", "decimal", true, false, "A share in 0..1"));
    assertThat(d.row(6).bool("free_text")).isTrue();
  }
}
