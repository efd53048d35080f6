package org.gluesuite.glue.examples

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}

import scala.util.Random

/**
 * Generated stand-ins for the data of AWS's published examples (aws-samples/aws-glue-samples), with the fields and
 * shapes their documents show, in smaller numbers: the EveryPolitician legislators (persons, memberships,
 * organizations as JSON lines) and the CMS Medicare provider payments (CSV, with two provider ids that are not
 * numbers at the end of the file, after the crawler's sample).
 */
object ExampleData {
  /** s3://awsglue-datasets/examples/us-legislators/all under a local lake root. */
  val LegislatorsPrefix = "awsglue-datasets/examples/us-legislators/all"
  val MedicarePrefix = "awsglue-datasets/examples/medicare"

  final case class Legislators(persons: Int, memberships: Int, organizations: Int, legislatures: Seq[String])

  final case class Medicare(rows: Int, stringProviderIds: Int, emptyCoveredCharges: Int)

  private def json(value: Any): String = value match {
    case null => "null"
    case s: String => "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
    case m: Map[_, _] => m.map { case (k, v) => json(k) + ": " + json(v) }.mkString("{", ", ", "}")
    case s: Seq[_] => s.map(json).mkString("[", ", ", "]")
    case other => other.toString
  }

  private def write(file: Path, lines: Seq[String]): Unit = {
    Files.createDirectories(file.getParent)
    Files.write(file, lines.mkString("", "\n", "\n").getBytes(StandardCharsets.UTF_8))
  }

  def legislators(lake: Path, persons: Int = 60, seed: Long = 7L): Legislators = {
    val random = new Random(seed)
    val folder = lake.resolve(LegislatorsPrefix)
    val house = "d56acebe-8fdc-47bd-8b53-8ee5f6b67c07"
    val senate = "8fa6c3d2-71dc-4783-a5ba-df5d5b0b8f0d"
    val parties = Seq("al", "democrat", "democrat-liberal", "independent", "new_progressive", "popular_democrat",
      "republican", "republican-conservative")
    val organizations = parties.map { p =>
      val withSite = p != "al" && p != "independent"
      Map("classification" -> "party", "id" -> s"party/$p", "name" -> p.split("[-_]").map(_.capitalize).mkString(" "))
        .++(if (withSite) Map("links" -> Seq(Map("note" -> "website", "url" -> s"http://$p.example.org"))) else Map())
        .++(if (Set("democrat", "republican", "new_progressive")(p)) Map("image" -> s"https://upload.example/$p.svg")
        else Map())
        .++(Map("identifiers" -> Seq(Map("scheme" -> "wikidata", "identifier" -> s"Q${1000 + p.length}")),
          "other_names" -> Seq(Map("lang" -> "en", "note" -> "multilingual", "name" -> p.toUpperCase))))
    } ++ Seq(
      Map("classification" -> "legislature", "id" -> house, "name" -> "House of Representatives", "seats" -> 435,
        "type" -> "lower house", "identifiers" -> Seq(Map("scheme" -> "wikidata", "identifier" -> "Q11701"))),
      Map("classification" -> "legislature", "id" -> senate, "name" -> "Senate", "seats" -> 100,
        "type" -> "upper house", "identifiers" -> Seq(Map("scheme" -> "wikidata", "identifier" -> "Q66096"))))
    val givenNames = Seq("Mike", "Shelley", "Ann", "Robert", "Maria", "John", "Lisa", "David", "Nancy", "Tom")
    val familyNames = Seq("Ross", "Capito", "Lee", "Smith", "Garcia", "Brown", "Ng", "Davis", "Clark", "Young")
    val people = (1 to persons).map { n =>
      val given = givenNames(random.nextInt(givenNames.size))
      val family = familyNames(random.nextInt(familyNames.size))
      val contacts = Seq("fax", "phone", "twitter").take(1 + random.nextInt(3))
        .map(t => Map("type" -> t, "value" -> f"202-225-${random.nextInt(10000)}%04d"))
      Map("id" -> f"person-$n%04d", "name" -> s"$given $family", "given_name" -> given, "family_name" -> family,
        "sort_name" -> s"$family, $given", "gender" -> (if (random.nextBoolean()) "male" else "female"),
        "birth_date" -> f"19${40 + random.nextInt(50)}%02d-0${1 + random.nextInt(9)}-1${random.nextInt(9)}",
        "links" -> Seq(Map("note" -> "Wikipedia (en)", "url" -> s"https://en.wikipedia.org/wiki/${given}_$family")),
        "identifiers" -> Seq(Map("scheme" -> "bioguide", "identifier" -> f"B$n%06d")),
        "other_names" -> Seq(Map("note" -> "alternate", "name" -> s"$given ${family.head}.", "lang" -> "en")),
        "images" -> Seq(Map("url" -> s"https://theunitedstates.io/images/$n.jpg")),
        "contact_details" -> contacts)
        .++(if (n % 3 != 0) Map("image" -> s"https://theunitedstates.io/images/$n.jpg") else Map())
        .++(if (n % 10 == 0) Map("death_date" -> "2015-05-01") else Map())
    }
    val memberships = people.flatMap { p =>
      (0 to random.nextInt(4)).map { term =>
        val chamber = if (random.nextInt(4) == 0) senate else house
        Map("area_id" -> s"ocd-division/country:us/state:${Seq("ar", "wv", "ca", "ny")(random.nextInt(4))}",
          "on_behalf_of_id" -> s"party/${Seq("democrat", "republican", "independent")(random.nextInt(3))}",
          "organization_id" -> chamber, "role" -> "member", "person_id" -> p("id"),
          "legislative_period_id" -> s"term/${110 + term}", "start_date" -> s"${2007 + 2 * term}-01-03")
          .++(if (term < 3) Map("end_date" -> s"${2009 + 2 * term}-01-03") else Map())
      }
    }
    write(folder.resolve("persons.json"), people.map(json))
    write(folder.resolve("memberships.json"), memberships.map(json))
    write(folder.resolve("organizations.json"), organizations.map(json))
    Legislators(people.size, memberships.size, organizations.size, Seq(house, senate))
  }

  /**
   * The Medicare provider file: `rows` providers with numeric ids, then `stringProviderIds` rows whose id is text
   * (beyond the crawler's 1,000-row sample, as in AWS's modified file) and money columns such as `$32963.07`;
   * `emptyCoveredCharges` rows have an empty quoted covered-charges cell.
   */
  def medicare(lake: Path, rows: Int = 1200, seed: Long = 11L): Medicare = {
    require(rows > 1000, "the text ids must come after the crawler's 1,000-row sample")
    val random = new Random(seed)
    val header = "DRG Definition,Provider Id,Provider Name,Provider Street Address,Provider City,Provider State," +
      "Provider Zip Code,Hospital Referral Region Description,Total Discharges,Average Covered Charges," +
      "Average Total Payments,Average Medicare Payments"
    val drgs = Seq("039 - EXTRACRANIAL PROCEDURES W/O CC/MCC", "057 - DEGENERATIVE NERVOUS SYSTEM DISORDERS",
      "948 - SIGNS & SYMPTOMS W/O MCC")
    val states = Seq(("AL", "DOTHAN", "AL - Dothan"), ("AL", "BIRMINGHAM", "AL - Birmingham"),
      ("WI", "MILWAUKEE", "WI - Milwaukee"), ("WI", "MAUSTON", "WI - Madison"))
    def money(): String = f"$$${1000 + random.nextInt(60000)}.${random.nextInt(100)}%02d"
    val emptyAt = 500
    val lines = (1 to rows).map { n =>
      val (state, city, region) = states(random.nextInt(states.size))
      val covered = if (n == emptyAt) "\"\"" else money()
      Seq(drgs(random.nextInt(drgs.size)), (10000 + n).toString, s"PROVIDER $n HOSPITAL", s"${n * 7} MAIN ST",
        city, state, (35000 + random.nextInt(20000)).toString, region, (11 + random.nextInt(60)).toString, covered,
        money(), money()).mkString(",")
    }
    val textIds = Seq(
      Seq(drgs(2), "INC", "INC", "1050 DIVISION ST", "MAUSTON", "WI", "53948", "WI - Madison", "12", "$11961.41",
        "$4619.00", "$3775.33"),
      Seq(drgs(2), "INC- ST JOSEPH", "INC- ST JOSEPH", "5000 W CHAMBERS ST", "MILWAUKEE", "WI", "53210",
        "WI - Milwaukee", "14", "$10514.28", "$5562.50", "$4522.78")).map(_.mkString(","))
    write(lake.resolve(MedicarePrefix).resolve("Medicare_Hospital_Provider.csv"), header +: (lines ++ textIds))
    Medicare(rows + textIds.size, textIds.size, 1)
  }
}
