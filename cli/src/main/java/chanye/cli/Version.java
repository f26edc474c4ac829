package chanye.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code chanye --version}, from the jar's manifest when there is one. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"chanye " + number()};
    }

    /** The version number, or {@code dev} when not run from the built jar. */
    public static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
