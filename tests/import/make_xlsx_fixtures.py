#!/usr/bin/python3
"""Writes the XLSX fixtures of tests/import into OUT_DIR at build time (never
committed): openpyxl for workbooks as Excel users make them, and Python's
zipfile for the parts openpyxl cannot write (cached formula values, inline
strings) and for hostile files (a zip bomb).

usage: make_xlsx_fixtures.py OUT_DIR
"""
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

# 1. staff.xlsx: a title row merged across, a blank row, the header in row 3,
# a department merged down two rows, a formula with no saved value (openpyxl
# never stores one), numbers and text.
wb = Workbook()
ws = wb.active
ws.title = "Staff"
ws["A1"] = "Headcount export, November 2026"
ws.merge_cells("A1:F1")
ws.append([])
ws.append(["Employee ID", "Department", "Job title", "Location", "Manager ID", "Annual salary"])
ws.append([101, "Legal", "Counsel", "NY", None, 120000])
ws.append([102, None, "Paralegal", "NY", 101, 65000])
ws.merge_cells("B4:B5")
ws.append([103, "IT", "Engineer", "SF", 105, 95000])
ws.append([104, "IT", "Engineer", "SF", 105, "=F6*1.1"])
ws.append([105, "IT", "Head of IT", "SF", None, 150000])
wb.save(out / "staff.xlsx")

# 2. sheets.xlsx: several sheets; the staff are on the second.
wb = Workbook()
wb.active.title = "Read me"
wb.active["A1"] = "Exported from the HR system"
ws = wb.create_sheet("Per group")
ws.append(["Department", "Location", "Headcount", "Annual salary"])
ws.append(["Sales", "Berlin", 40, 70000])
ws.append(["Sales", "Paris", 10, 60000])
ws.append(["Ops", "Berlin", 25, 52000])
wb.save(out / "sheets.xlsx")

# 3. survey.xlsx: one row per respondent, levels by name and number.
wb = Workbook()
ws = wb.active
ws.append(["Respondent", "Department", "AI level"])
for i, (dept, level) in enumerate([("Legal", "Literacy"), ("Legal", "None"), ("IT", "Fluency"),
                                   ("IT", "3"), ("IT", "fluency")]):
    ws.append([f"r{i}", dept, level])
wb.save(out / "survey.xlsx")

# 4. cached.xlsx: written part by part like Excel does: a formula with its
# cached value, an inline string, a boolean, an x: prefixed namespace.
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
      'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
      'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/'
      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<x:sheets><x:sheet name="Data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
         'spreadsheetml/2006/main"><x:sheetData>'
         '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Department</x:t></x:is></x:c>'
         '<x:c r="B1" t="inlineStr"><x:is><x:t>Headcount</x:t></x:is></x:c>'
         '<x:c r="C1" t="inlineStr"><x:is><x:t>Active</x:t></x:is></x:c></x:row>'
         '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>Fin</x:t></x:r><x:r><x:t>ance</x:t></x:r>'
         '</x:is></x:c><x:c r="B2"><x:f>SUM(10,2)</x:f><x:v>12</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c>'
         '</x:row><x:row r="4"><x:c r="A4" t="str"><x:f>"H"&amp;"R"</x:f><x:v>HR</x:v></x:c>'
         '<x:c r="B4"><x:v>3</x:v></x:c><x:c r="C4" t="b"><x:v>0</x:v></x:c></x:row>'
         '</x:sheetData></x:worksheet>')
with zipfile.ZipFile(out / "cached.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("xl/workbook.xml", WB)
    z.writestr("xl/_rels/workbook.xml.rels", RELS)
    z.writestr("xl/worksheets/data.xml", SHEET)

# 5. bomb.xlsx: a sheet that inflates about 1,000:1 (a row, then 40 MB of
# the blanks XML allows between elements), past the compression-ratio cap.
with zipfile.ZipFile(out / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("xl/workbook.xml", WB.replace("rId7", "rId1"))
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(SHEET[:SHEET.index("<x:sheetData>") + len("<x:sheetData>")].encode())
        f.write(b'<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>')
        chunk = b" " * (1 << 20)
        for _ in range(40 * (1 << 20) // len(chunk)):
            f.write(chunk)
        f.write(b"</x:sheetData></x:worksheet>")

# 6. actuals.xlsx: months of actuals for the `default` preset (issue 15), the
# months as real dates (cells holding spreadsheet date numbers), a title row,
# spend as money and a metric column by the measurement plan's name.
from datetime import date  # noqa: E402

wb = Workbook()
ws = wb.active
ws.title = "Actuals"
ws["A1"] = "Upskilling actuals, Q1 2027"
ws.append(["Month", "Spend", "Applying AI Literacy", "Applying AI Fluency", "Applying AI Integration",
           "Hours saved per week", "Completion"])
ws.append([date(2027, 1, 1), 38000, 0, 0, 0, 0, None])
ws.append([date(2027, 2, 1), 63000.5, 20, 0, 0, 40, 80])
ws.append([date(2027, 3, 31), 45000, 42, 0, 0, 120, 88])
for row in ws.iter_rows(min_row=3, max_col=1):
    row[0].number_format = "mmm yyyy"
    row[0].offset(column=1).number_format = '"$"#,##0'
wb.save(out / "actuals.xlsx")

# 7. actuals_segments.xlsx: months of actuals by segment for the `default`
# preset, the segment column headed "Department" as HR exports name it; March
# has rows for Sales and HR & Legal only (the others counted no one).
wb = Workbook()
ws = wb.active
ws.title = "By team"
ws.append(["Month", "Department", "Spend", "Applying AI Literacy", "Applying AI Fluency",
           "Applying AI Integration"])
for name in ["Customer Support", "Marketing", "Sales", "Engineering", "Finance & Operations", "HR & Legal"]:
    ws.append([date(2027, 1, 1), name, 38000 if name == "Sales" else 0, 0, 0, 0])
ws.append([date(2027, 3, 1), "sales", 20000, 25, 2, 0])
ws.append([date(2027, 3, 1), "HR & Legal", 5000.25, 5, 0, 0])
for row in ws.iter_rows(min_row=2, max_col=1):
    row[0].number_format = "mmm yyyy"
wb.save(out / "actuals_segments.xlsx")
