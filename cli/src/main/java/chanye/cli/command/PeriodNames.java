package chanye.cli.command;

import chanye.index.report.Period;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --by} values: {@code week} or {@code month}, in any case. */
final class PeriodNames implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        for (Period period : Period.values()) {
            if (period.name().equalsIgnoreCase(value.strip())) {
                return period;
            }
        }
        throw new TypeConversionException("expected week or month, not '" + value + "'");
    }

    /** The name of a period as the option takes it. */
    static String name(Period period) {
        return period.name().toLowerCase(Locale.ROOT);
    }
}
