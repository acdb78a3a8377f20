//! Just enough of Ogg (RFC 3533) and Opus in Ogg (RFC 7845) to tell a real recording from a
//! renamed or damaged file: every page's capture pattern, version and CRC, one logical stream,
//! an `OpusHead` and an `OpusTags` packet first, an end-of-stream page last; and its length.

/// What the headers say about a recording.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OpusInfo {
    pub channels: u8,
    /// Playing time in seconds (last granule position less the pre-skip, at 48 kHz).
    pub duration_s: f64,
}

/// One Ogg page: header fields and where its body lies in the file.
struct Page {
    header_type: u8,
    granule: u64,
    serial: u32,
    body: std::ops::Range<usize>,
    /// Whether the page's last packet ends on this page.
    complete: bool,
}

const CAPTURE: &[u8; 4] = b"OggS";
const HEADER_LEN: usize = 27;
const BOS: u8 = 0x02;
const EOS: u8 = 0x04;

/// Checks that `bytes` is an Ogg Opus file and returns its channels and length.
pub fn inspect(bytes: &[u8]) -> Result<OpusInfo, String> {
    let pages = pages(bytes)?;
    let first = pages.first().ok_or("the file holds no Ogg page")?;
    if first.header_type & BOS == 0 {
        return Err("the first Ogg page does not begin a stream".into());
    }
    if pages.iter().any(|p| p.serial != first.serial) {
        return Err("the file holds more than one Ogg stream (one voice track expected)".into());
    }
    let head = &bytes[first.body.clone()];
    if !head.starts_with(b"OpusHead") || head.len() < 19 {
        return Err(
            "the Ogg stream is not Opus (no OpusHead packet): encode with opusenc, not Vorbis or FLAC"
                .into(),
        );
    }
    if head[8] >> 4 != 0 {
        return Err(format!("unsupported OpusHead version {}", head[8]));
    }
    let channels = head[9];
    if channels == 0 || (head[18] == 0 && channels > 2) {
        return Err(format!("invalid channel count {channels} in OpusHead"));
    }
    let pre_skip = u64::from(u16::from_le_bytes([head[10], head[11]]));
    let tags = pages
        .get(1)
        .ok_or("the file ends after its OpusHead page")?;
    if !bytes[tags.body.clone()].starts_with(b"OpusTags") {
        return Err("the second Ogg page is not OpusTags".into());
    }
    let last = pages.last().ok_or("no last page")?;
    if last.header_type & EOS == 0 || !last.complete {
        return Err("the file is cut short (its last Ogg page does not end the stream)".into());
    }
    if pages.len() < 3 {
        return Err("the file holds no audio".into());
    }
    let samples = last.granule.saturating_sub(pre_skip);
    Ok(OpusInfo {
        channels,
        duration_s: samples as f64 / 48_000.0,
    })
}

/// Every page of the file, in order, each checked (capture pattern, version, length, CRC).
fn pages(bytes: &[u8]) -> Result<Vec<Page>, String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at..].starts_with(CAPTURE) && bytes.len() - at >= CAPTURE.len() {
            return Err(if at == 0 {
                "not an Ogg file (it does not begin with `OggS`)".into()
            } else {
                format!("damaged Ogg data at byte {at}")
            });
        }
        let header = bytes
            .get(at..at + HEADER_LEN)
            .ok_or_else(|| format!("the file is cut short inside an Ogg page at byte {at}"))?;
        if &header[..4] != CAPTURE {
            return Err(format!("damaged Ogg data at byte {at}"));
        }
        if header[4] != 0 {
            return Err(format!("unknown Ogg version {} at byte {at}", header[4]));
        }
        let segments = usize::from(header[26]);
        let table = bytes
            .get(at + HEADER_LEN..at + HEADER_LEN + segments)
            .ok_or("the file is cut short inside an Ogg page header")?;
        let body_len: usize = table.iter().map(|&b| usize::from(b)).sum();
        let body_start = at + HEADER_LEN + segments;
        let end = body_start + body_len;
        if end > bytes.len() {
            return Err(format!(
                "the file is cut short inside the Ogg page at byte {at}"
            ));
        }
        let stored = u32::from_le_bytes([header[22], header[23], header[24], header[25]]);
        if crc(&bytes[at..end], 22) != stored {
            return Err(format!(
                "damaged Ogg page at byte {at} (its checksum does not match)"
            ));
        }
        let field = |r: std::ops::Range<usize>| -> [u8; 8] {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(&header[r]);
            b
        };
        out.push(Page {
            header_type: header[5],
            granule: u64::from_le_bytes(field(6..14)),
            serial: u32::from_le_bytes([header[14], header[15], header[16], header[17]]),
            body: body_start..end,
            complete: table.last().is_none_or(|&b| b < 255),
        });
        at = end;
    }
    Ok(out)
}

/// Ogg's CRC-32 (polynomial 0x04c11db7, no reflection, zero start) of a page whose four CRC
/// bytes, at `crc_at`, count as zero.
fn crc(page: &[u8], crc_at: usize) -> u32 {
    let mut crc = 0u32;
    for (i, &byte) in page.iter().enumerate() {
        let b = if (crc_at..crc_at + 4).contains(&i) {
            0
        } else {
            byte
        };
        crc ^= u32::from(b) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04c1_1db7
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One Ogg page with a correct CRC.
    fn page(header_type: u8, granule: u64, body: &[u8]) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(CAPTURE);
        p.push(0);
        p.push(header_type);
        p.extend_from_slice(&granule.to_le_bytes());
        p.extend_from_slice(&7u32.to_le_bytes());
        p.extend_from_slice(&0u32.to_le_bytes());
        p.extend_from_slice(&[0; 4]);
        assert!(body.len() < 255);
        p.push(1);
        p.push(body.len() as u8);
        p.extend_from_slice(body);
        let c = crc(&p, 22);
        p[22..26].copy_from_slice(&c.to_le_bytes());
        p
    }

    fn opus_file() -> Vec<u8> {
        let mut head = b"OpusHead".to_vec();
        head.extend_from_slice(&[1, 1]);
        head.extend_from_slice(&312u16.to_le_bytes());
        head.extend_from_slice(&16_000u32.to_le_bytes());
        head.extend_from_slice(&[0, 0, 0]);
        let mut f = page(BOS, 0, &head);
        f.extend(page(0, 0, b"OpusTags\0\0\0\0\0\0\0\0"));
        f.extend(page(EOS, 48_312, &[0xfc, 0xff, 0xfe]));
        f
    }

    #[test]
    fn a_well_formed_stream_passes_with_its_length() {
        let info = inspect(&opus_file()).unwrap();
        assert_eq!(info.channels, 1);
        assert!((info.duration_s - 1.0).abs() < 1e-9);
    }

    #[test]
    fn damage_is_found() {
        let good = opus_file();
        assert!(
            inspect(b"RIFF....WAVEfmt ")
                .unwrap_err()
                .contains("not an Ogg file")
        );
        assert!(
            inspect(&good[..good.len() - 2])
                .unwrap_err()
                .contains("cut short")
        );
        let mut flipped = good.clone();
        let n = flipped.len();
        flipped[n - 1] ^= 1;
        assert!(inspect(&flipped).unwrap_err().contains("checksum"));
        let mut vorbis = page(BOS, 0, b"\x01vorbis\0\0\0\0\x01\0\0\0\0\0\0\0");
        vorbis.extend(page(EOS, 0, b"x"));
        assert!(inspect(&vorbis).unwrap_err().contains("not Opus"));
        let no_end = [
            page(BOS, 0, &good[28..28 + 19]),
            page(0, 0, b"OpusTags"),
            page(0, 10, b"x"),
        ]
        .concat();
        assert!(inspect(&no_end).unwrap_err().contains("cut short"));
    }
}
