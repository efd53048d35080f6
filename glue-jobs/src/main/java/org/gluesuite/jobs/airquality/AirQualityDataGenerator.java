package org.gluesuite.jobs.airquality;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a deterministic, realistic raw air-quality lake: OpenAQ-style hourly measurements and NOAA
 * GSOD-style daily weather, with planted defects whose exact counts come back in a
 * {@link GenerationSummary}. Plain Java, no Spark.
 *
 * <h2>Layout (under the lake folder)</h2>
 * <ul>
 *   <li>{@code raw/openaq/yyyy/mm/dd/measurements-yyyymmdd.json.gz}: one gzipped JSON-lines file per UTC
 *       day holding every city, location and parameter. A line looks like
 *       {@code {"location":"Valmora - Plaza Mayor","city":"Valmora","country":"ES","parameter":"no2",
 *       "value":41.3,"unit":"µg/m³","date":{"utc":"2021-01-01T05:00:00.000Z","local":
 *       "2021-01-01T06:00:00+01:00"},"coordinates":{"latitude":40.4168,"longitude":-3.7038},
 *       "averagingPeriod":{"value":1,"unit":"hours"},"sourceName":"Valmora Ayuntamiento",
 *       "sourceType":"government","mobile":false}}.</li>
 *   <li>{@code raw/gsod/yyyy/mm/dd/gsod-yyyymmdd.csv}: one CSV file per day with one row per weather
 *       station of the target city, every field quoted as GSOD does, values right-aligned with spaces,
 *       GSOD's header ({@code STATION, DATE, LATITUDE, LONGITUDE, ELEVATION, NAME, TEMP, TEMP_ATTRIBUTES,
 *       DEWP, DEWP_ATTRIBUTES, SLP, SLP_ATTRIBUTES, STP, STP_ATTRIBUTES, VISIB, VISIB_ATTRIBUTES, WDSP,
 *       WDSP_ATTRIBUTES, MXSPD, GUST, MAX, MAX_ATTRIBUTES, MIN, MIN_ATTRIBUTES, PRCP, PRCP_ATTRIBUTES,
 *       SNDP, FRSHTT}). Units are GSOD's: °F, hPa (mb), statute miles, knots, inches.</li>
 * </ul>
 *
 * <h2>Cities</h2>
 * The target city {@value #DEFAULT_CITY} (invented; an inland Iberian climate like Madrid's, time zone
 * Europe/Madrid, country ES) has {@code locations} stations measuring {@code no2}, {@code pm25} and
 * {@code o3} in µg/m³, and three weather stations. Two other invented cities are mixed in: Portmarin (ES,
 * two locations, no2 + pm25 in µg/m³) and Lisnova (PT, one location, no2 in ppm).
 *
 * <h2>Signal</h2>
 * A latent daily weather (seasonal cycle plus autoregressive temperature and pressure anomalies) drives
 * both files. The city's daily NO2 level falls with wind speed and temperature and rises with pressure
 * (winter inversions, stagnant high-pressure days), and is multiplied by a weekday traffic factor and
 * noise that the weather does not explain; hourly values follow a rush-hour profile per location.
 *
 * <h2>Planted defects</h2>
 * Missing hours (isolated and short outages), byte-identical duplicate lines, truncated JSON lines, and
 * GSOD missing-value sentinels (9999.9 for TEMP/DEWP/SLP/STP/MAX/MIN, 999.9 for VISIB/WDSP/MXSPD/GUST/SNDP,
 * 99.99 for PRCP). The same settings always give byte-identical files.
 */
public final class AirQualityDataGenerator {
  public static final String DEFAULT_CITY = "Valmora";
  public static final LocalDate DEFAULT_START = LocalDate.of(2021, 1, 1);
  /** 2021-01-01 .. 2023-12-31. */
  public static final int DEFAULT_DAYS = 1095;
  public static final long DEFAULT_SEED = 20210101L;
  public static final int DEFAULT_LOCATIONS = 4;
  /** Stations of the target city at most (scaled sample data). */
  public static final int MAX_LOCATIONS = 800;
  /** The unit of every µg/m³ measurement, exactly as written. */
  public static final String UNIT_UG_M3 = "µg/m³";
  public static final String UNIT_PPM = "ppm";

  /** GSOD's missing-value sentinel per numeric column. */
  public static final Map<String, Double> GSOD_SENTINELS = sentinels();

  static final double P_MISSING_HOUR = 0.008;
  static final double P_OUTAGE_DAY = 0.004;
  static final double P_DUPLICATE = 0.0005;
  static final double P_MALFORMED = 0.0002;
  static final double P_SENTINEL = 0.015;
  static final double P_PRCP_SENTINEL = 0.03;

  private static final String[] LOCATION_NAMES = {
      "Plaza Mayor", "Avenida Central", "Parque Norte", "Estacion Sur", "Barrio Alto", "Ronda Este",
      "Ciudad Universitaria", "Puerta Oeste"};
  private static final double[] LOCATION_FACTORS = {1.30, 1.15, 0.75, 1.05, 0.90, 1.10, 0.80, 1.00};

  private static final String[] GSOD_HEADER = {
      "STATION", "DATE", "LATITUDE", "LONGITUDE", "ELEVATION", "NAME", "TEMP", "TEMP_ATTRIBUTES",
      "DEWP", "DEWP_ATTRIBUTES", "SLP", "SLP_ATTRIBUTES", "STP", "STP_ATTRIBUTES", "VISIB",
      "VISIB_ATTRIBUTES", "WDSP", "WDSP_ATTRIBUTES", "MXSPD", "GUST", "MAX", "MAX_ATTRIBUTES", "MIN",
      "MIN_ATTRIBUTES", "PRCP", "PRCP_ATTRIBUTES", "SNDP", "FRSHTT"};

  private final long seed;
  private final LocalDate start;
  private final int days;
  private final int locations;

  private AirQualityDataGenerator(Builder b) {
    this.seed = b.seed;
    this.start = b.start;
    this.days = b.days;
    this.locations = b.locations;
  }

  /** A generator with every default: 3 years from 2021-01-01, seed {@value #DEFAULT_SEED}. */
  public static AirQualityDataGenerator create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the raw files under {@code lake} (created if absent; existing generated files are
   * overwritten) and returns what was written.
   */
  public GenerationSummary generate(Path lake) {
    try {
      return new Run(lake).write();
    } catch (IOException e) {
      throw AirQualityErrors.writeFailed("the generated lake under " + lake, e);
    }
  }

  /** Settings of a generator; every one has a default. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private LocalDate start = DEFAULT_START;
    private int days = DEFAULT_DAYS;
    private int locations = DEFAULT_LOCATIONS;

    private Builder() {
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder start(LocalDate start) {
      if (start == null) {
        throw AirQualityErrors.invalidSetting("start", null, "give the first day to generate");
      }
      this.start = start;
      return this;
    }

    public Builder days(int days) {
      if (days < 1 || days > 20 * 366) {
        throw AirQualityErrors.invalidSetting("days", days, "must be between 1 and 7320");
      }
      this.days = days;
      return this;
    }

    /** Stations of the target city; past the 8 named ones, the names repeat with a number ("Plaza Mayor 2"). */
    public Builder locations(int locations) {
      if (locations < 1 || locations > MAX_LOCATIONS) {
        throw AirQualityErrors.invalidSetting("locations", locations, "must be between 1 and " + MAX_LOCATIONS);
      }
      this.locations = locations;
      return this;
    }

    public AirQualityDataGenerator build() {
      return new AirQualityDataGenerator(this);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Model of the place

  private record Site(String city, String country, String location, double lat, double lon,
      ZoneRules zone, String source, String[] parameters, String no2Unit, double factor,
      boolean target) {
  }

  private record Station(String id, String name, double lat, double lon, double elevation,
      double tempOffset, double windFactor) {
  }

  /** The latent "true" weather of one day at the target city. */
  private record Weather(double tMean, double tMax, double tMin, double dew, double slp,
      double windMs, double visibMiles, double rainInches, boolean snow) {
  }

  private static List<Site> sites(int targetLocations) {
    ZoneRules madrid = ZoneId.of("Europe/Madrid").getRules();
    ZoneRules lisbon = ZoneId.of("Europe/Lisbon").getRules();
    List<Site> out = new ArrayList<>();
    for (int i = 0; i < targetLocations; i++) {
      int named = i % LOCATION_NAMES.length;
      String name = LOCATION_NAMES[named] + (i < LOCATION_NAMES.length ? "" : " " + (i / LOCATION_NAMES.length + 1));
      out.add(new Site(DEFAULT_CITY, "ES", DEFAULT_CITY + " - " + name,
          round(40.4168 + 0.011 * ((i * 7) % 5 - 2), 4), round(-3.7038 + 0.013 * ((i * 3) % 5 - 2), 4),
          madrid, "Valmora Ayuntamiento", new String[] {"no2", "pm25", "o3"}, UNIT_UG_M3,
          LOCATION_FACTORS[named], true));
    }
    out.add(new Site("Portmarin", "ES", "Portmarin - Muelle", 43.3623, -8.4115, madrid,
        "Xunta Aire", new String[] {"no2", "pm25"}, UNIT_UG_M3, 0.60, false));
    out.add(new Site("Portmarin", "ES", "Portmarin - Riazor", 43.3687, -8.4190, madrid,
        "Xunta Aire", new String[] {"no2", "pm25"}, UNIT_UG_M3, 0.50, false));
    out.add(new Site("Lisnova", "PT", "Lisnova - Avenida", 38.7223, -9.1393, lisbon,
        "QualAr", new String[] {"no2"}, UNIT_PPM, 0.70, false));
    return out;
  }

  private static List<Station> stations() {
    return List.of(
        new Station("08230099999", "VALMORA AIRPORT, SP", 40.4719, -3.5626, 609.0, 0.0, 1.15),
        new Station("08231099999", "VALMORA CIUDAD UNIVERSITARIA, SP", 40.4494, -3.7242, 664.0, -0.4,
            0.85),
        new Station("08232099999", "VALMORA NORTE AB, SP", 40.5472, -3.6589, 690.0, -0.9, 1.00));
  }

  private static Map<String, Double> sentinels() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String c : new String[] {"TEMP", "DEWP", "SLP", "STP", "MAX", "MIN"}) {
      m.put(c, 9999.9);
    }
    for (String c : new String[] {"VISIB", "WDSP", "MXSPD", "GUST", "SNDP"}) {
      m.put(c, 999.9);
    }
    m.put("PRCP", 99.99);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** NO2 diurnal profile by local hour (rush hours at 8 and 20), normalised to mean 1. */
  private static double[] no2Profile() {
    double[] p = new double[24];
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      p[h] = 1 + 0.45 * Math.exp(-Math.pow(h - 8, 2) / 4.0) + 0.35 * Math.exp(-Math.pow(h - 20, 2) / 6.0)
          - 0.30 * Math.exp(-Math.pow(h - 15, 2) / 8.0) - 0.15 * Math.exp(-Math.pow(h - 4, 2) / 4.0);
      sum += p[h];
    }
    for (int h = 0; h < 24; h++) {
      p[h] = p[h] * 24 / sum;
    }
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // One generation run

  private final class Run {
    private final Path lake;
    private final Random weatherRng = new Random(seed);
    private final Random aqRng = new Random(seed * 31 + 7);
    private final Random defectRng = new Random(seed * 131 + 17);
    private final List<Site> sites = sites(locations);
    private final List<Station> stations = stations();
    private final double[] profile = no2Profile();
    private final Map<String, int[]> sentinelCounts = new LinkedHashMap<>();
    private final Map<String, int[]> plantedCounts = new LinkedHashMap<>();

    private double tAnom;
    private double pAnom;
    private long lines;
    private long duplicates;
    private long malformed;
    private long missing;
    private long cityNo2;
    private long cityNo2Duplicates;
    private long cityNo2Malformed;
    private long gsodRows;

    Run(Path lake) {
      this.lake = lake;
      for (String c : GSOD_SENTINELS.keySet()) {
        sentinelCounts.put(c, new int[1]);
        plantedCounts.put(c, new int[1]);
      }
    }

    GenerationSummary write() throws IOException {
      for (int i = 0; i < days; i++) {
        LocalDate day = start.plusDays(i);
        Weather w = nextWeather(day);
        writeMeasurements(day, w);
        writeGsod(day, w);
      }
      TreeSet<String> cities = new TreeSet<>();
      sites.forEach(s -> cities.add(s.city()));
      List<String> ids = stations.stream().map(Station::id).sorted().toList();
      return new GenerationSummary(DEFAULT_CITY, List.copyOf(cities), start, days, seed, days, days,
          lines, duplicates, malformed, missing, cityNo2, cityNo2Duplicates, cityNo2Malformed, gsodRows,
          ids, GenerationSummary.counts(sentinelCounts), GenerationSummary.counts(plantedCounts));
    }

    private Weather nextWeather(LocalDate day) {
      double s = Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25); // 1 mid-January
      tAnom = 0.75 * tAnom + weatherRng.nextGaussian() * 1.6;
      pAnom = 0.70 * pAnom + weatherRng.nextGaussian() * 4.5;
      double tMean = 14.5 - 10.5 * s + tAnom;
      double range = Math.max(3.0, 11.0 - 3.0 * s + 0.15 * pAnom + weatherRng.nextGaussian() * 1.2);
      double slp = 1017.0 + 2.5 * s + pAnom;
      double wind = Math.exp(1.05 - 0.035 * pAnom + weatherRng.nextGaussian() * 0.30);
      double dew = tMean - (6.0 - 3.0 * s + weatherRng.nextGaussian() * 1.5);
      double rainP = Math.min(0.6, Math.max(0.02, 0.10 - 0.015 * pAnom));
      double rain = weatherRng.nextDouble() < rainP ? Math.exp(-1.6 + 0.9 * weatherRng.nextGaussian()) : 0;
      double visib = Math.min(12.4, Math.max(1.0,
          9.0 - 0.12 * pAnom - (rain > 0 ? 2.0 : 0.0) + weatherRng.nextGaussian() * 0.8));
      boolean snow = rain > 0 && tMean < 1.0;
      return new Weather(tMean, tMean + range / 2, tMean - range / 2, dew, slp, wind, visib, rain, snow);
    }

    /** The target city's mean NO2 level of the day, µg/m³, before location and hour factors. */
    private double no2Level(LocalDate day, Weather w) {
      double base = 40.0 - 6.5 * (w.windMs() - 3.0) - 0.55 * (w.tMean() - 14.5) + 0.45 * pAnom;
      DayOfWeek dow = day.getDayOfWeek();
      double traffic = dow == DayOfWeek.SUNDAY ? 0.72 : dow == DayOfWeek.SATURDAY ? 0.85 : 1.08;
      return Math.max(5.0, base) * traffic * Math.exp(aqRng.nextGaussian() * 0.10 - 0.005);
    }

    private void writeMeasurements(LocalDate day, Weather w) throws IOException {
      double no2Day = no2Level(day, w);
      double summer = -Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
      Path file = dayFolder("openaq", day).resolve("measurements-" + compact(day) + ".json.gz");
      String datePrefix = day.toString();
      long dayStartEpoch = day.toEpochDay() * 86400L;
      List<String> dayLines = new ArrayList<>(24 * sites.size() * 3 + 16);
      List<Boolean> cityNo2Flags = new ArrayList<>(24 * sites.size() * 3 + 16);
      // outages: per site, one block of consecutive hours missing for all its parameters
      int[] outageFrom = new int[sites.size()];
      int[] outageTo = new int[sites.size()];
      for (int si = 0; si < sites.size(); si++) {
        if (defectRng.nextDouble() < P_OUTAGE_DAY) {
          outageFrom[si] = defectRng.nextInt(18);
          outageTo[si] = outageFrom[si] + 3 + defectRng.nextInt(6);
        } else {
          outageFrom[si] = -1;
          outageTo[si] = -1;
        }
      }
      for (int h = 0; h < 24; h++) {
        Instant at = Instant.ofEpochSecond(dayStartEpoch + h * 3600L);
        String utc = datePrefix + "T" + two(h) + ":00:00.000Z";
        for (int si = 0; si < sites.size(); si++) {
          Site site = sites.get(si);
          ZoneOffset off = site.zone().getOffset(at);
          int localHour = Math.floorMod(h + off.getTotalSeconds() / 3600, 24);
          String local = at.atOffset(off).toLocalDateTime().toString() + ":00" + offset(off);
          for (String parameter : site.parameters()) {
            double value = value(site, parameter, no2Day, summer, localHour);
            boolean cityNo2Line = site.target() && parameter.equals("no2");
            if (h >= outageFrom[si] && h < outageTo[si] || defectRng.nextDouble() < P_MISSING_HOUR) {
              missing++;
              continue;
            }
            String unit = parameter.equals("no2") ? site.no2Unit() : UNIT_UG_M3;
            String line = jsonLine(site, parameter, value, unit, utc, local);
            if (defectRng.nextDouble() < P_MALFORMED) {
              line = line.substring(0, line.length() / 2 + defectRng.nextInt(line.length() / 3));
              malformed++;
              if (cityNo2Line) {
                cityNo2Malformed++;
              }
              dayLines.add(line);
              cityNo2Flags.add(false);
              continue;
            }
            dayLines.add(line);
            cityNo2Flags.add(cityNo2Line);
            if (cityNo2Line) {
              cityNo2++;
            }
            if (defectRng.nextDouble() < P_DUPLICATE) {
              // the copy lands a few lines later in the same file, as re-fetched data does
              duplicates++;
              if (cityNo2Line) {
                cityNo2Duplicates++;
              }
              dayLines.add(line);
              cityNo2Flags.add(false);
            }
          }
        }
      }
      lines += dayLines.size();
      try (OutputStream raw = Files.newOutputStream(file);
          GZIPOutputStream gz = new FastGzip(raw);
          Writer out = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
        for (String line : dayLines) {
          out.write(line);
          out.write('\n');
        }
      }
    }

    private double value(Site site, String parameter, double no2Day, double summer, int localHour) {
      double noise = Math.exp(aqRng.nextGaussian() * 0.22 - 0.0242);
      switch (parameter) {
        case "no2": {
          double v = Math.max(0.5, no2Day * site.factor() * profile[localHour] * noise);
          return site.no2Unit().equals(UNIT_PPM) ? round(v / 1880.0, 3) : round(v, 1);
        }
        case "pm25":
          return round(Math.max(1.0, (5.0 + 0.22 * no2Day * site.factor()) * noise
              + aqRng.nextGaussian() * 1.5), 1);
        case "o3": {
          double sun = Math.max(0, Math.sin(Math.PI * (localHour - 6) / 14.0));
          return round(Math.max(1.0, (35 + 20 * summer + 40 * sun * (1 + 0.5 * summer)
              - 0.35 * no2Day * site.factor() * profile[localHour]) * noise), 1);
        }
        default:
          throw new IllegalStateException(parameter);
      }
    }

    private void writeGsod(LocalDate day, Weather w) throws IOException {
      Path file = dayFolder("gsod", day).resolve("gsod-" + compact(day) + ".csv");
      StringBuilder sb = new StringBuilder(2048);
      for (int i = 0; i < GSOD_HEADER.length; i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(GSOD_HEADER[i]).append('"');
      }
      sb.append('\n');
      for (Station st : stations) {
        double tMean = w.tMean() + st.tempOffset() + weatherRng.nextGaussian() * 0.3;
        double tMax = Math.max(tMean, w.tMax() + st.tempOffset() + weatherRng.nextGaussian() * 0.4);
        double tMin = Math.min(tMean, w.tMin() + st.tempOffset() + weatherRng.nextGaussian() * 0.4);
        double dew = Math.min(tMean, w.dew() + weatherRng.nextGaussian() * 0.5);
        double slp = w.slp() + weatherRng.nextGaussian() * 0.4;
        double stp = slp * Math.exp(-st.elevation() / 8430.0) + weatherRng.nextGaussian() * 0.3;
        double visib = Math.min(999.0, Math.max(0.1, w.visibMiles() + weatherRng.nextGaussian() * 0.4));
        double wdspKn = Math.max(0.0, w.windMs() * 1.943844 * st.windFactor()
            + weatherRng.nextGaussian() * 0.5);
        double mxspd = wdspKn * 1.7 + 2.0 + Math.abs(weatherRng.nextGaussian()) * 1.5;
        boolean gusty = mxspd > 15.0;
        double gust = mxspd * 1.4 + Math.abs(weatherRng.nextGaussian());
        double prcp = Math.max(0.0, w.rainInches() * (0.8 + 0.4 * weatherRng.nextDouble()));
        int obs = weatherRng.nextDouble() < 0.9 ? 24 : 8 + weatherRng.nextInt(16);
        String frshtt = (w.visibMiles() < 3 ? "1" : "0") + (w.rainInches() > 0 && !w.snow() ? "1" : "0")
            + (w.snow() ? "1" : "0") + "0" + (w.rainInches() > 0.4 && tMean > 15 ? "1" : "0") + "0";

        List<String> row = new ArrayList<>(GSOD_HEADER.length);
        row.add(st.id());
        row.add(day.toString());
        row.add(Double.toString(st.lat()));
        row.add(Double.toString(st.lon()));
        row.add(String.format(java.util.Locale.ROOT, "%.1f", st.elevation()));
        row.add(st.name());
        row.add(gsodValue("TEMP", toF(tMean), 6, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("DEWP", toF(dew), 6, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("SLP", slp, 6, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("STP", stp, 6, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("VISIB", visib, 5, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("WDSP", wdspKn, 5, 1, false));
        row.add(pad(Integer.toString(obs), 3));
        row.add(gsodValue("MXSPD", mxspd, 5, 1, false));
        row.add(gsodValue("GUST", gust, 5, 1, !gusty));
        row.add(gsodValue("MAX", toF(tMax), 6, 1, false));
        row.add(obs < 24 ? "*" : " ");
        row.add(gsodValue("MIN", toF(tMin), 6, 1, false));
        row.add(obs < 24 ? "*" : " ");
        row.add(gsodValue("PRCP", prcp, 5, 2, false));
        row.add(obs < 24 ? "D" : "G");
        row.add(gsodValue("SNDP", 0.5 + 3 * weatherRng.nextDouble(), 5, 1, !w.snow()));
        row.add(frshtt);
        for (int i = 0; i < row.size(); i++) {
          sb.append(i == 0 ? "" : ",").append('"').append(row.get(i)).append('"');
        }
        sb.append('\n');
        gsodRows++;
      }
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /**
     * Formats a GSOD value right-aligned in {@code width}; writes the column's sentinel instead when
     * {@code structural} is set or a random draw plants one.
     */
    private String gsodValue(String column, double value, int width, int decimals, boolean structural) {
      double sentinelP = column.equals("PRCP") ? P_PRCP_SENTINEL : P_SENTINEL;
      boolean planted = !structural && !column.equals("GUST") && !column.equals("SNDP")
          && defectRng.nextDouble() < sentinelP;
      if (structural || planted) {
        sentinelCounts.get(column)[0]++;
        if (planted) {
          plantedCounts.get(column)[0]++;
        }
        value = GSOD_SENTINELS.get(column);
      }
      return pad(String.format(java.util.Locale.ROOT, "%." + decimals + "f", value), width);
    }

    private Path dayFolder(String source, LocalDate day) throws IOException {
      Path folder = lake.resolve("raw").resolve(source).resolve(String.format(java.util.Locale.ROOT, "%04d", day.getYear()))
          .resolve(two(day.getMonthValue())).resolve(two(day.getDayOfMonth()));
      Files.createDirectories(folder);
      return folder;
    }
  }

  private static String jsonLine(Site site, String parameter, double value, String unit, String utc,
      String local) {
    StringBuilder sb = new StringBuilder(420);
    sb.append("{\"location\":\"").append(site.location())
        .append("\",\"city\":\"").append(site.city())
        .append("\",\"country\":\"").append(site.country())
        .append("\",\"parameter\":\"").append(parameter)
        .append("\",\"value\":");
    // Like OpenAQ, whole readings are written as integers (41, not 41.0): readers must merge long and double.
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      sb.append((long) value);
    } else {
      sb.append(value);
    }
    sb
        .append(",\"unit\":\"").append(unit)
        .append("\",\"date\":{\"utc\":\"").append(utc).append("\",\"local\":\"").append(local)
        .append("\"},\"coordinates\":{\"latitude\":").append(site.lat())
        .append(",\"longitude\":").append(site.lon())
        .append("},\"averagingPeriod\":{\"value\":1,\"unit\":\"hours\"},\"sourceName\":\"")
        .append(site.source()).append("\",\"sourceType\":\"government\",\"mobile\":false}");
    return sb.toString();
  }

  /** A gzip stream at the fastest level: the data are regenerated, not archived. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  private static double toF(double celsius) {
    return celsius * 9.0 / 5.0 + 32.0;
  }

  private static double round(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(v * scale) / scale;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String compact(LocalDate day) {
    return String.format(java.util.Locale.ROOT, "%04d%s%s", day.getYear(), two(day.getMonthValue()), two(day.getDayOfMonth()));
  }

  private static String offset(ZoneOffset off) {
    return off.getTotalSeconds() == 0 ? "+00:00" : off.getId();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
