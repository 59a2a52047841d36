#!/usr/bin/env python3
"""Writes the importer's corpus of awkward files, byte for byte.

Each file stands for something real offices send: Excel in a Spanish
locale (semicolons, decimal comma, Windows-1252), Excel's "Unicode text"
(UTF-16 with tabs), accounting systems' exports with a title above the
table, hand-kept sheets with blank lines and stray columns. The tests in
tests/services/import*tests.cpp and tests/cli assert exactly what each
stores or refuses. Run from this folder to write them again.
"""

def write(name, text, encoding="utf-8", bom=b"", eol="\n"):
    data = text.replace("\n", eol).encode(encoding)
    with open(name, "wb") as f:
        f.write(bom + data)

# --- debtors -----------------------------------------------------------------

# Excel (Spanish locale) "CSV UTF-8": BOM, semicolons, CRLF, a title and a
# blank line above the header, trailing empty columns, leading zeros,
# a quoted name holding the separator.
write("debtors-utf8bom-semicolon-crlf.csv",
      "Cartera de clientes al 31/12/2025;;;;;;;;;;\n"
      ";;;;;;;;;;\n"
      "Código;Razón social;RFC;Teléfono;Correo;Dirección;Ciudad;Segmento;Riesgo;;\n"
      "000123;José Pérez Núñez;PENJ800101AB1;55 1234 5678;jose@example.mx;Av. Juárez 12;Ciudad de México;Alto;alto;;\n"
      "000124;\"Ferretería López; Hermanos S.A. de C.V.\";FLH990101XY2;(33) 3615-0000;;Calle 5 #10;Guadalajara;Medio;Medio;;\n"
      "0042;Ana Ruiz;;;;;;;bajo;;\n",
      bom=b"\xef\xbb\xbf", eol="\r\n")

# An English accounting export saved as Windows-1252 (no BOM), commas, LF.
write("debtors-windows1252-comma.csv",
      "Customer ID,Name,Tax ID,Phone,E-mail,City,Risk\n"
      "C-001,Núñez Ibáñez S.L.,B12345678,+34 912 345 678,cobros@nunez.es,Málaga,High\n"
      "C-002,\"Peña, María\",00123456S,600 111 222,,Cádiz,low\n",
      encoding="cp1252")

# Excel's "Unicode text": UTF-16 little-endian with BOM, tabs, CRLF.
write("debtors-utf16le-tab.txt",
      "ref\tnombre\tnif\tciudad\n"
      "T-01\tÁlvaro Gómez\t12345678Z\tSevilla\n"
      "T-02\tLucía Fernández\t\tBilbao\n",
      encoding="utf-16-le", bom=b"\xff\xfe", eol="\r\n")

# UTF-16 big-endian with BOM and pipes.
write("debtors-utf16be-pipe.csv",
      "ref|name|city\n"
      "P-01|Søren Ñandú|Zaragoza\n",
      encoding="utf-16-be", bom=b"\xfe\xff")

# Latin-1, old Mac line ends (CR only).
write("debtors-latin1-cr.csv",
      "ref,nombre,ciudad\n"
      "L-01,Begoña Muñoz,Logroño\n"
      "L-02,Iñaki Etxeberría,Irún\n",
      encoding="latin-1", eol="\r")

# Quoting: a line break, doubled quotes and separators inside quotes; blank
# lines between rows; rows with trailing empty columns.
write("debtors-quoting-blank-lines.csv",
      "ref,name,address,city,,\n"
      "\n"
      "Q-01,\"Roberto \"\"el Güero\"\" Sánchez\",\"Calle 1, int. 2\nColonia Centro\",Puebla,,\n"
      "\n"
      "\n"
      "Q-02,Marta Díaz,\"Av. 5 de Mayo, 100\",Toluca\n",
      eol="\r\n")

# --- invoices ------------------------------------------------------------------

write("invoices-iso-point.csv",
      "debtor_ref,number,issue_date,due_date,amount,disputed\n"
      "000123,F-0001,2025-10-01,2025-10-31,1234.50,no\n"
      "000123,F-0002,2025-11-01,2025-11-30,\"$1,234.56\",sí\n"
      "000124,000045,2025-09-15,2025-10-15,99.9,\n"
      "0042,F-7,2025-12-01 00:00:00,2025-12-31 00:00:00,MXN 2000,false\n")

# Spanish Excel: semicolons, day/month/year, decimal comma, thousands points,
# currency symbols, a balance column called "Saldo".
write("invoices-dmy-comma.csv",
      "Cliente;Factura;Fecha;Vencimiento;Saldo\n"
      "000123;A-1;01/10/2025;31/10/2025;1.234,56\n"
      "000123;A-2;15/11/2025;15/12/2025;€ 99,90\n"
      "000124;A-3;02/09/2025;02/10/2025;1 500,00\n"
      "0042;A-4;05/12/2025;04/01/2026;7,5\n",
      encoding="cp1252", eol="\r\n")

# US order, told apart by a day above 12.
write("invoices-mdy.csv",
      "Customer,Invoice Number,Invoice Date,Due Date,Invoice Amount,Disputed\n"
      "000123,US-1,10/01/2025,10/31/2025,\"1,500.00\",No\n"
      "000124,US-2,11/05/2025,12/05/2025,250,Yes\n")

# Dotted dates (day.month.year), tab separated.
write("invoices-dotted.tsv",
      "debtor_ref\tnumber\tissue_date\tdue_date\tamount\n"
      "000123\tD-1\t01.10.2025\t31.10.2025\t10,00\n"
      "0042\tD-2\t3.11.2025\t3.12.2025\t20,50\n")

# Every date reads both ways: the importer must ask.
write("invoices-ambiguous-dates.csv",
      "debtor_ref,number,issue_date,due_date,amount\n"
      "000123,AMB-1,03/04/2025,05/06/2025,100.00\n"
      "000124,AMB-2,01/02/2025,11/12/2025,200.00\n")

# Every amount reads both ways (1.500 = 1500 or 1.5): the importer must ask.
write("invoices-ambiguous-amounts.csv",
      "debtor_ref;number;issue_date;due_date;amount\n"
      "000123;AM-1;2025-10-01;2025-10-31;1.500\n"
      "000124;AM-2;2025-10-01;2025-10-31;2.750\n")

# Negative amounts, in parentheses and with a minus: invoices must be positive.
write("invoices-negative.csv",
      "debtor_ref;number;issue_date;due_date;amount\n"
      "000123;N-1;2025-10-01;2025-10-31;(120,00)\n"
      "000123;N-2;2025-10-01;2025-10-31;-5\n"
      "000123;N-3;2025-10-01;2025-10-31;15,00\n")

# Good rows and every kind of bad one, for all-or-nothing and keep-valid.
write("invoices-some-bad.csv",
      "debtor_ref,number,issue_date,due_date,amount\n"
      "000123,G-1,2025-10-01,2025-10-31,100.00\n"
      "999999,G-2,2025-10-01,2025-10-31,100.00\n"
      "000123,G-3,2025-02-31,2025-10-31,100.00\n"
      "000123,G-4,2025-10-01,2025-09-30,100.00\n"
      "000123,,2025-10-01,2025-10-31,100.00\n"
      "000123,G-6,2025-10-01,2025-10-31,100.00,extra\n"
      "000124,G-7,2025-10-01,2025-10-31,abc\n"
      "000124,G-8,2025-10-01,2025-10-31,250.00\n")

# --- contacts and payments ---------------------------------------------------

write("contacts.csv",
      "Cliente;Nombre;Cargo;Teléfono;Correo\n"
      "000123;Laura Pérez;Quien decide;55 8765 4321;laura@example.mx\n"
      "000124;Pedro López;aval;33 1111 2222;\n"
      "000124;Pedro López;aval;;pedro@example.mx\n")

write("payments-bank.csv",
      "Fecha de pago;Cliente;Factura;Importe;Forma de pago;Referencia\n"
      "15/11/2025;000123;F-0002;1.000,00;Transferencia;SPEI-001\n"
      "16/11/2025;000123;;234,50;efectivo;\n"
      "17/11/2025;000124;;50,00;tarjeta;TPV-9\n",
      encoding="cp1252")

# --- malformed ----------------------------------------------------------------

write("malformed-unterminated-quote.csv",
      "debtor_ref,number,issue_date,due_date,amount\n"
      "000123,U-1,2025-10-01,2025-10-31,10.00\n"
      "000123,\"U-2,2025-10-01,2025-10-31,20.00\n"
      "000123,U-3,2025-10-01,2025-10-31,30.00\n")

write("malformed-wrong-columns.csv",
      "debtor_ref,number,issue_date,due_date,amount\n"
      "000123,W-1,2025-10-01,2025-10-31,10.00\n"
      "000123,W-2,2025-10-01,2025-10-31,1,234.00\n")

with open("malformed-binary.csv", "wb") as f:
    # The start of an .xlsx (a zip): what arrives when the sheet was not saved as CSV.
    f.write(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00\x90\x04\x00\x00"
            b"\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00\x00\x00\x00")

open("empty.csv", "wb").close()
write("blank-lines-only.csv", "\n  \n;;;\n", eol="\r\n")
