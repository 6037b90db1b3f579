#!/usr/bin/env python3
"""The document list's word filter (ISearch.MatchingItems) on SQLite's FTS5 at 50,000 documents with file text.

usage: bench/document-word-filter.py DB [--documents 50000] [--connections 16] [--rounds 20]

DB is a portal database the app made (`generate --articles N` into an empty data path). The script adds N
documents straight to it (the words of their files drawn from the articles' own folded words, by frequency, about
600 a document), their search documents (FTS5's triggers index them), then times, at 16 connections at once, the SQL
EF writes for the list: a page of 20 and its count, with the word filter composed as a subquery
(`Id IN (SELECT rowid - 2^32 FROM SearchIndex WHERE SearchIndex MATCH ... AND rowid BETWEEN ...)`) and two other
filters (type, years), and the issuer facet's counts. The same with the scanning default (instr over the folded
documents) as the baseline. A throwaway measurement: the real generator is `generate --documents N`.
"""
import argparse
import collections
import random
import sqlite3
import threading
import time

KIND = 1 << 32

parser = argparse.ArgumentParser()
parser.add_argument("db")
parser.add_argument("--documents", type=int, default=50_000)
parser.add_argument("--connections", type=int, default=16)
parser.add_argument("--rounds", type=int, default=20)
args = parser.parse_args()

db = sqlite3.connect(args.db)
db.execute("PRAGMA journal_mode=WAL")
if db.execute('SELECT count(*) FROM "LegalDocuments"').fetchone()[0] < args.documents:
    random.seed(2026)
    counts = collections.Counter()
    for (body,) in db.execute('SELECT "Body" FROM "SearchDocuments" WHERE "Kind" = \'article\''):
        counts.update(body.split())
    words, weights = zip(*counts.most_common(20_000))
    types = ["Quyết định", "Chỉ thị", "Nghị quyết", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo"]
    issuers = [f"Cơ quan {i}" for i in range(40)]
    for i, name in enumerate(types):
        db.execute('INSERT OR IGNORE INTO "DocumentTypes" ("Name", "Abbreviation", "SortOrder") VALUES (?, ?, ?)', (name, "QĐ", i))
    for i, name in enumerate(issuers):
        db.execute('INSERT OR IGNORE INTO "DocumentIssuers" ("Name", "Slug", "SortOrder") VALUES (?, ?, ?)', (name, f"co-quan-{i}", i))
    type_ids = [r[0] for r in db.execute('SELECT "Id" FROM "DocumentTypes"')]
    issuer_ids = [r[0] for r in db.execute('SELECT "Id" FROM "DocumentIssuers"')]
    started = time.time()
    for n in range(1, args.documents + 1):
        abstract = " ".join(random.choices(words, weights, k=18))
        text = " ".join(random.choices(words, weights, k=random.randint(300, 900)))
        year = 2010 + n % 17
        number = f"{n}/{year}/QĐ-UBND"
        cur = db.execute(
            'INSERT INTO "LegalDocuments" ("Number", "NumberKey", "Slug", "Abstract", "DocumentTypeId", "IssuerId", "Signer", "SignerTitle", '
            '"IssuedOn", "EffectiveBeforeIssue", "ForceNote", "Status", "PublishedAt", "CreatedAt", "UpdatedAt", "UpdatedBy", "ReviewComment", "Version") '
            "VALUES (?, ?, 'van-ban', ?, ?, ?, '', '', ?, 0, '', ?, ?, ?, ?, '', '', ?)",
            (number, f"{n} {year} qd ubnd", abstract, random.choice(type_ids), random.choice(issuer_ids), f"{year}-{1 + n % 12:02}-{1 + n % 28:02}",
             2 if n % 50 else 0, f"{year}-06-01 00:00:00", "2026-01-01 00:00:00", "2026-01-01 00:00:00", f"{n:032x}"))
        doc = cur.lastrowid
        db.execute('INSERT INTO "LegalDocumentFiles" ("DocumentId", "SortOrder", "FileName", "Format", "Length", "Hash", "Text", "HasText", "UploadedAt", "UploadedBy") '
                   "VALUES (?, 0, 'van-ban.pdf', 0, 1000, ?, ?, 1, '2026-01-01 00:00:00', '')", (doc, f"{doc:032x}", text))
        db.execute('INSERT INTO "SearchDocuments" ("Id", "Kind", "ItemId", "Title", "Body") VALUES (?, \'document\', ?, ?, ?)',
                   (KIND + doc, doc, f" quyet dinh {n} {year} qd ubnd {abstract} ", f" {text} "))
        if n % 5000 == 0:
            db.commit()
            print(f"{n} documents, {time.time() - started:.0f} s", flush=True)
    db.commit()
db.close()

FTS = ('"l"."Id" IN (SELECT "s"."Value" FROM (SELECT rowid - {k} AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH :expr '
       'AND rowid BETWEEN {k} AND {last}) AS "s")').format(k=KIND, last=KIND + 0xFFFFFFFF)
SCAN = '"l"."Id" IN (SELECT "d"."ItemId" FROM "SearchDocuments" AS "d" WHERE "d"."Kind" = \'document\' AND {holds})'
FILTERS = '"l"."Status" = 2 AND "l"."PublishedAt" <= \'2026-12-06\' AND "l"."DocumentTypeId" IN (1, 2) AND "l"."IssuedOn" >= \'2018-01-01\' AND "l"."IssuedOn" < \'2025-01-01\''


def statements(match):
    return [
        f'SELECT "l"."Id", "l"."Number", "l"."Abstract" FROM "LegalDocuments" AS "l" WHERE {FILTERS} AND {match} ORDER BY "l"."IssuedOn" DESC, "l"."Id" DESC LIMIT 20',
        f'SELECT count(*) FROM "LegalDocuments" AS "l" WHERE {FILTERS} AND {match}',
        f'SELECT "l"."IssuerId", count(*) FROM "LegalDocuments" AS "l" WHERE {FILTERS} AND {match} GROUP BY "l"."IssuerId"',
    ]


def fts(clauses):
    return "{Title Body} : (" + " AND ".join(f'"{c}"' for c in clauses) + ")"


def scan(clauses):
    return " AND ".join(f"(instr(\"d\".\"Title\", ' {c} ') > 0 OR instr(\"d\".\"Body\", ' {c} ') > 0)" for c in clauses)


def run(name, sqls, params):
    times = []
    lock = threading.Lock()

    def worker():
        con = sqlite3.connect(args.db, check_same_thread=False)
        mine = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            for sql in sqls:
                con.execute(sql, params).fetchall()
            mine.append((time.perf_counter() - t) * 1000)
        with lock:
            times.extend(mine)
        con.close()

    threads = [threading.Thread(target=worker) for _ in range(args.connections)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    times.sort()
    con = sqlite3.connect(args.db)
    total = con.execute(sqls[1], params).fetchone()[0]
    con.close()
    print(f"| {name} | {total} | {times[len(times) // 2]:.1f} | {times[int(len(times) * 0.95)]:.1f} | {len(times) / wall:.0f} |", flush=True)


queries = [["tinh"], ["ke hoach"], ["nong thon"], ["chuyen doi so"], ["nguoi dan", "kinh te"], ["2027"], ["khongcotunay"]]
print(f"{args.documents} documents, {args.connections} connections, {args.rounds} rounds each; ms for the page, its count and the issuer facet together")
print("| query (folded clauses) | matches after filters | median ms | p95 ms | lists/s |")
print("|---|---:|---:|---:|---:|")
for clauses in queries:
    run("FTS5 " + " + ".join(f'"{c}"' for c in clauses), statements(FTS), {"expr": fts(clauses)})
for clauses in queries[:3]:
    run("scan " + " + ".join(f'"{c}"' for c in clauses), statements(SCAN.format(holds=scan(clauses))), {})
