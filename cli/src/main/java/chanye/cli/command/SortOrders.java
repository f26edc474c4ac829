package chanye.cli.command;

import chanye.index.SearchRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --sort} values as the contract spells them, {@code relevance|date} (in any case), so that a bad value is
 * answered with those words rather than picocli's list of enum constants.
 */
final class SortOrders implements ITypeConverter<SearchRequest.Sort> {

    private static final String NAMES = Arrays.stream(SearchRequest.Sort.values())
            .map(sort -> sort.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));

    @Override
    public SearchRequest.Sort convert(String value) {
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            if (sort.name().equalsIgnoreCase(value.strip())) {
                return sort;
            }
        }
        throw new TypeConversionException("expected " + NAMES + ", not '" + value + "'");
    }
}
