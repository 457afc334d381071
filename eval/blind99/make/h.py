import json, os, datetime
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def write(F, T):
    open(os.path.join(B, 'docs', F), 'w', encoding='utf-8').write(T)
def path(F): return os.path.join(B, 'docs', F)
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e or s, "city": c, "country": k}
def gold(F, people, orgs, events, dates, km, pub=None, url=None):
    stem = os.path.splitext(F)[0]
    d = {"doc": F, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def wd(y, m, d): return datetime.date(y, m, d).strftime('%A')

# --- PDF (reportlab, DejaVu) -------------------------------------------------
def pdf(F, header, blocks, cols=2, sidebar=None, footer='', fs=8.6):
    """blocks: list of (style, text) with style in h1,h2,p,li,small. sidebar: list of (style,text) drawn in a box on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    D = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', D + 'DejaVuSans-Bold.ttf'))
    S = {'h1': ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=18, spaceAfter=6),
         'h2': ParagraphStyle('h2', fontName='DVB', fontSize=fs+2, leading=(fs+2)*1.25, spaceBefore=6, spaceAfter=3),
         'p': ParagraphStyle('p', fontName='DV', fontSize=fs, leading=fs*1.3, spaceAfter=fs*0.5),
         'li': ParagraphStyle('li', fontName='DV', fontSize=fs, leading=fs*1.3, leftIndent=8, spaceAfter=1),
         'small': ParagraphStyle('s', fontName='DV', fontSize=7, leading=9, spaceAfter=3, textColor=colors.grey)}
    W, H = A4; m = 40
    def deco(c, d):
        c.saveState(); c.setFont('DV', 7.5); c.drawString(m, H - 28, header)
        c.drawRightString(W - m, 22, f'{footer}  ·  {d.page}'); c.restoreState()
    gap = 14; cw = (W - 2*m - gap*(cols-1)) / cols
    frames = [Frame(m + i*(cw+gap), m, cw, H - 2*m - 10, id=f'c{i}') for i in range(cols)]
    tpls = []
    story = []
    if sidebar:
        sbw = 150
        f1 = [Frame(m, m, W - 2*m - sbw - gap, H - 2*m - 10, id='main'), Frame(W - m - sbw, m, sbw, H - 2*m - 10, id='side')]
        tpls.append(PageTemplate('first', f1, onPage=deco))
        box = Table([[Paragraph(t, S[s])] for s, t in sidebar], colWidths=[sbw - 4])
        box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eeeeee'))]))
    tpls.append(PageTemplate('cols', frames, onPage=deco))
    doc = BaseDocTemplate(path(F), pagesize=A4, pageTemplates=tpls)
    if sidebar:
        story.append(NextPageTemplate('cols'))
        first = True
        for s, t in blocks:
            if s == 'SIDE':
                story += [FrameBreak(), box, FrameBreak()] ; continue
            story.append(Paragraph(t, S[s]))
    else:
        for s, t in blocks:
            story.append(Paragraph(t, S[s]))
    doc.build(story)

# --- DOCX ----------------------------------------------------------------------
def docx(F, items):
    """items: (kind, payload): h1/h2/h3 text, p text, num text, bul text, table rows(list of lists)"""
    import docx as D
    d = D.Document()
    for k, v in items:
        if k in ('h1', 'h2', 'h3'): d.add_heading(v, int(k[1]))
        elif k == 'title': d.add_heading(v, 0)
        elif k == 'p': d.add_paragraph(v)
        elif k == 'num': d.add_paragraph(v, style='List Number')
        elif k == 'bul': d.add_paragraph(v, style='List Bullet')
        elif k == 'table':
            t = d.add_table(rows=0, cols=len(v[0])); t.style = 'Table Grid'
            for r in v:
                cells = t.add_row().cells
                for i, c in enumerate(r): cells[i].text = c
    d.save(path(F))

# --- EML -----------------------------------------------------------------------
def eml(F, frm, to, subj, date, text=None, html=None, extra=None):
    from email.message import EmailMessage
    import email.policy
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    for k, v in (extra or {}).items(): m[k] = v
    if text is not None and html is not None:
        m.set_content(text); m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html')
    else:
        m.set_content(text)
    open(path(F), 'wb').write(m.as_bytes(policy=email.policy.default))
