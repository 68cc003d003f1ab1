"""A realistic roster CSV of N seats, in the generic importer's format.

Deterministic (one seeded ``random.Random``): subscriptions of 5 to 5,000
seats (log-uniform, so most are small and a few are big), about 85 % of
seats held by a person, people with common first and last names whose
e-mails are first.last[n]@company, and devices averaging 1.5 a seat. The
generic CSV carries at most one device a seat row, so the devices beyond the
first are returned separately (``extra_devices``) for ``top_up_devices`` to
add with SQL after the import; the import figure counts CSV rows only.
"""

from __future__ import annotations

import csv
import math
import random
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.databases import SQLITE, Database

SEED = 20261122
HEADERS = ["subscription", "subscription_key", "vendor", "owner_email", "kind", "channel",
           "currency", "monthly_price", "plan_months", "renewal_date", "auto_renew", "status",
           "seat_limit", "devices_per_seat", "licence_id", "holder_name", "holder_email",
           "renew", "device_name", "device_platform", "device_region", "device_key"]

FIRST = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
    "Sarah", "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew",
    "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven",
    "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth",
    "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy",
    "Deborah", "Ronald", "Stephanie", "Edward", "Rebecca", "Jason", "Sharon", "Jeffrey",
    "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela",
    "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda", "Larry", "Pamela", "Justin",
    "Emma", "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel",
    "Katherine", "Gregory", "Christine", "Alexander", "Debra", "Frank", "Rachel", "Patrick",
    "Carolyn", "Raymond", "Janet", "Jack", "Catherine", "Dennis", "Maria", "Jerry",
    "Heather", "Tyler", "Diane", "Aaron", "Ruth", "Jose", "Julie", "Adam", "Olivia",
    "Nathan", "Joyce", "Henry", "Virginia", "Zachary", "Victoria", "Douglas", "Kelly",
    "Peter", "Lauren", "Kyle", "Christina", "Noah", "Joan", "Ethan", "Evelyn", "Jeremy",
    "Judith", "Walter", "Megan", "Christian", "Andrea", "Keith", "Cheryl", "Roger",
    "Hannah", "Terry", "Jacqueline", "Austin", "Martha", "Sean", "Gloria", "Gerald",
    "Teresa", "Carl", "Ann", "Harold", "Sara", "Dylan", "Madison", "Arthur", "Frances",
    "Lawrence", "Kathryn", "Jordan", "Janice", "Jesse", "Jean", "Bryan", "Abigail", "Billy",
    "Alice", "Bruce", "Judy", "Gabriel", "Sophia", "Joe", "Grace", "Logan", "Denise",
    "Alan", "Amber", "Juan", "Doris", "Wayne", "Marilyn", "Ralph", "Danielle", "Roy",
    "Beverly", "Eugene", "Isabella", "Randy", "Theresa", "Vincent", "Diana", "Russell",
    "Natalie", "Louis", "Brittany", "Philip", "Charlotte", "Bobby", "Marie", "Johnny",
    "Kayla", "Bradley", "Alexis", "Lori", "Ingrid", "Sven", "Aiko", "Hiroshi", "Priya",
    "Rahul", "Mei", "Wei", "Fatima", "Omar", "Lukas", "Chiara", "Mateo", "Zoe"
]
LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
    "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards",
    "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers",
    "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
    "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez",
    "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
    "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell",
    "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson",
    "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson",
    "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West",
    "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar",
    "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez",
    "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
    "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson",
    "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon",
    "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd",
    "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
    "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan",
    "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce",
    "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham",
    "Duncan", "Armstrong", "Müller", "Schneider", "Fischer", "Weber", "Rossi", "Russo",
    "Dubois", "Lefebvre", "Tanaka", "Suzuki", "Sato", "Kowalski", "Nowak", "Andersson",
    "Johansson", "Nielsen", "Jensen", "Singh", "Kumar", "Wang", "Li", "Zhang", "Liu"
]
PRODUCTS = [
    ("Adobe", "Creative Cloud All Apps"), ("Adobe", "Acrobat Pro"), ("Microsoft", "365 E3"),
    ("Microsoft", "365 Business Premium"), ("Microsoft", "Visio Plan 2"),
    ("JetBrains", "All Products Pack"), ("JetBrains", "IntelliJ IDEA Ultimate"),
    ("Atlassian", "Jira Software Cloud"), ("Atlassian", "Confluence Cloud"),
    ("Slack", "Business+"), ("Zoom", "Workplace Business"), ("Figma", "Organization"),
    ("Autodesk", "AutoCAD"), ("Autodesk", "Revit"), ("1Password", "Business"),
    ("Bitdefender", "GravityZone"), ("ESET", "PROTECT Entry"), ("Kaspersky", "Endpoint"),
    ("Malwarebytes", "Teams"), ("NordLayer", "Core"), ("Dropbox", "Business Plus"),
    ("Box", "Business"), ("DocuSign", "Business Pro"), ("Miro", "Business"),
    ("Notion", "Plus"), ("GitHub", "Enterprise"), ("Tableau", "Creator"),
    ("Parallels", "Desktop Business"), ("TeamViewer", "Corporate"), ("Grammarly", "Business"),
]
TEAMS = [
    "Sales", "Marketing", "Finance", "Legal", "Engineering", "Design", "Support",
    "Operations", "HR", "Research", "Platform", "Data", "Security", "Facilities",
    "Procurement", "Field", "Studio"
]
SITES = [
    "Berlin", "London", "Paris", "Madrid", "Milan", "Warsaw", "Dublin", "Austin", "Denver",
    "Boston", "Toronto", "Sydney", "Tokyo", "Singapore", "Bangalore", "Zurich", "Vienna",
    "Oslo", "Lisbon", "Prague"
]
DOMAINS = ["example.com", "example.org", "corp.example.net", "eu.example.com",
           "us.example.com", "apac.example.com"]
PLATFORMS = [("windows", 45), ("macos", 25), ("linux", 8), ("ios", 12), ("android", 10)]
REGIONS = ["US", "DE", "GB", "FR", "ES", "IT", "PL", "IE", "CA", "AU", "JP", "SG", "IN",
           "CH", "AT", "NO", "PT", "CZ", "NL", "SE"]
DEVICE_PREFIX = {"windows": "WIN", "macos": "MAC", "linux": "LNX", "ios": "IPH",
                 "android": "AND"}
ASSIGNED_SHARE = 0.85
DEVICE_WEIGHTS = [(0, 15), (1, 35), (2, 35), (3, 15)]  # mean 1.5


@dataclass
class Generated:
    path: Path
    seats: int
    subscriptions: int
    people: int
    csv_devices: int
    extra_devices: list[tuple[str, str, str, str, str]] = field(repr=False,
                                                                 default_factory=list)
    samples: list[str] = field(default_factory=list)  # filter queries drawn from the data


def _sizes(rng: random.Random, seats: int) -> list[int]:
    sizes: list[int] = []
    left = seats
    while left > 0:
        size = int(math.exp(rng.uniform(math.log(5), math.log(5000))))
        size = min(max(size, 5), left)
        if 0 < left - size < 5:  # no subscription below five seats at the end
            size = left
        sizes.append(size)
        left -= size
    return sizes


def generate(path: Path, seats: int, seed: int = SEED) -> Generated:
    """Write the CSV; return its shape and what the benchmark needs from it."""
    rng = random.Random(seed)
    platforms = [p for p, w in PLATFORMS for _ in range(w)]
    device_counts = [c for c, w in DEVICE_WEIGHTS for _ in range(w)]
    # A pool of people; some hold seats in several subscriptions, as in real rosters.
    pool = max(10, int(seats * ASSIGNED_SHARE * 0.7))
    used_emails: dict[str, int] = {}
    out = Generated(path, seats, 0, 0, 0)
    people: list[tuple[str, str]] = []
    for _ in range(pool):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}".lower().replace("ü", "ue")
        number = used_emails.get(local, 0)
        used_emails[local] = number + 1
        email = f"{local}{number or ''}@{rng.choice(DOMAINS)}"
        people.append((f"{first} {last}", email))
    out.people = pool
    device_number = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for number, size in enumerate(_sizes(rng, seats), start=1):
            vendor, product = rng.choice(PRODUCTS)
            name = f"{vendor} {product} — {rng.choice(TEAMS)} {rng.choice(SITES)} {number}"
            key = f"bench-sub-{number:06d}"
            kind = "volume" if size >= 5 else "individual"
            price = f"{rng.randint(3, 90)}.{rng.randint(0, 99):02d}"
            months = rng.choice((1, 12, 12, 12, 24, 36))
            renewal = f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            status = "active" if rng.random() < 0.93 else rng.choice(("cancelled", "expired"))
            per_seat = rng.choice((3, 5, 5, 8, 10))
            common = [name, key, vendor, f"it-{number % 50}@example.com", kind, "website",
                      "EUR" if number % 3 == 0 else "USD", price, months, renewal,
                      "true", status, size, per_seat]
            for seat in range(1, size + 1):
                licence = f"seat-{seat:05d}"
                holder_name = holder_email = ""
                if rng.random() < ASSIGNED_SHARE:
                    holder_name, holder_email = people[rng.randrange(pool)]
                renew = "true" if rng.random() < 0.95 else "false"
                device = ["", "", "", ""]
                for index in range(rng.choice(device_counts)):
                    device_number += 1
                    platform = rng.choice(platforms)
                    dev = (f"{DEVICE_PREFIX[platform]}-{device_number:07d}", platform,
                           rng.choice(REGIONS), f"bench-dev-{device_number:07d}")
                    if index == 0:
                        device = list(dev)
                        out.csv_devices += 1
                    else:
                        out.extra_devices.append((*dev, key + "|" + licence))
                writer.writerow([*common, licence, holder_name, holder_email, renew,
                                 *device])
            out.subscriptions = number
    out.samples = sample_queries(rng, people)
    return out


def sample_queries(rng: random.Random, people: list[tuple[str, str]]) -> list[str]:
    """20 substrings an admin might type: names, e-mail parts, products, seats."""
    queries: list[str] = []
    for _ in range(6):
        name, email = rng.choice(people)
        queries.append(name.split()[1][:5].lower())
        queries.append(email.split("@")[0])
    queries += ["acrobat", "jetbrains revit"[:9], "seat-00042", "Design Berlin", "figma",
                "example.org", "MAC-00", "Stone"]
    return queries[:20]


def top_up_devices(db: Database, generated: Generated,
                   now: str = "2026-11-22 09:30:00.000000") -> int:
    """Add the devices beyond each seat's first with plain SQL (the CSV cannot carry them).

    On PostgreSQL the devices are copied into a temporary table and joined in, and the
    roster is ANALYZEd afterwards, as autovacuum would soon after an import, so that both
    the app and its baseline are planned on the same statistics.
    """
    if db.kind == SQLITE:
        _top_up_sqlite(Path(db.conninfo), generated, now)
    else:
        _top_up_postgresql(db, generated, now)
    return len(generated.extra_devices)


def _top_up_sqlite(db: Path, generated: Generated, now: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("BEGIN")
        seat_ids = {f"{key}|{lic}": (sid, acct) for sid, key, lic, acct in conn.execute(
            "SELECT s.id, sub.external_key, s.licence_id, sub.account_id FROM seats s "
            "JOIN subscriptions sub ON sub.id = s.subscription_id")}
        for start in range(0, len(generated.extra_devices), 20_000):
            batch = generated.extra_devices[start:start + 20_000]
            cur = conn.executemany(
                "INSERT INTO devices(account_id, name, platform, os_version, app_version, "
                "region, account_connected, external_key, created_at, version) "
                "VALUES (?, ?, ?, '', '', ?, 1, ?, ?, 1)",
                [(seat_ids[seat][1], name, platform, region, key, now)
                 for name, platform, region, key, seat in batch])
            del cur
            conn.executemany(
                "INSERT INTO device_connections(device_id, seat_id, connected_at) "
                "SELECT id, ?, ? FROM devices WHERE external_key = ?",
                [(seat_ids[seat][0], now, key) for _n, _p, _r, key, seat in batch])
        conn.execute("COMMIT")
    finally:
        conn.close()


def _top_up_postgresql(db: Database, generated: Generated, now: str) -> None:
    with db.bare() as conn:
        conn.execute("CREATE TEMPORARY TABLE bench_extra (name text, platform text, "
                     "region text, key text, sub_key text, licence text)")
        with conn.cursor() as cur, cur.copy(
                "COPY bench_extra FROM STDIN") as copy:
            for name, platform, region, key, seat in generated.extra_devices:
                sub_key, licence = seat.split("|", 1)
                copy.write_row((name, platform, region, key, sub_key, licence))
        conn.execute(
            "INSERT INTO devices(account_id, name, platform, os_version, app_version, region, "
            "account_connected, external_key, created_at, version) "
            "SELECT sub.account_id, e.name, e.platform, '', '', e.region, true, e.key, "
            "%s::timestamp, 1 FROM bench_extra e "
            "JOIN subscriptions sub ON sub.external_key = e.sub_key", (now,))
        conn.execute(
            "INSERT INTO device_connections(device_id, seat_id, connected_at) "
            "SELECT d.id, s.id, %s::timestamp FROM bench_extra e "
            "JOIN devices d ON d.external_key = e.key "
            "JOIN subscriptions sub ON sub.external_key = e.sub_key "
            "JOIN seats s ON s.subscription_id = sub.id AND s.licence_id = e.licence", (now,))
        conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE")
