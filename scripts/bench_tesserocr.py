#!/usr/bin/env python3
"""The tesserocr contender of scripts/bench: what a Python user would write to OCR a folder.

One `PyTessBaseAPI` per thread (engines are not shareable; each is started once and reused for
every image that thread takes), `--threads` threads over one shared list of images, page
segmentation mode 11 (sparse text), and each image's TSV written to `--out` as
`<index>.tsv`, the same output `tesseract IMG OUT --psm 11 tsv` gives. tesserocr releases the
GIL while Tesseract works, so the threads run in parallel.

    OMP_THREAD_LIMIT=1 /usr/bin/python3 scripts/bench_tesserocr.py --threads 2 --out DIR IMG...

Run it with OMP_THREAD_LIMIT=1 already in the environment: OpenMP reads it when libtesseract
loads. Exits 1 if any image could not be read.
"""
import argparse
import os
import queue
import sys
import threading

import tesserocr


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", required=True, help="folder for <index>.tsv files")
    parser.add_argument("--list", help="file with one image path per line (instead of arguments)")
    parser.add_argument("images", nargs="*")
    args = parser.parse_args()
    images = list(args.images)
    if args.list:
        with open(args.list, encoding="utf-8") as handle:
            images += [line.rstrip("\n") for line in handle if line.strip()]
    os.makedirs(args.out, exist_ok=True)

    work = queue.Queue()
    for index, path in enumerate(images):
        work.put((index, path))
    failures = []

    def lane():
        # One engine per thread, started once: the fair way to use tesserocr.
        with tesserocr.PyTessBaseAPI(lang="eng", psm=tesserocr.PSM.SPARSE_TEXT) as api:
            while True:
                try:
                    index, path = work.get_nowait()
                except queue.Empty:
                    return
                try:
                    api.SetImageFile(path)
                    tsv = api.GetTSVText(0)
                except RuntimeError as error:
                    failures.append(f"{path}: {error}")
                    continue
                with open(os.path.join(args.out, f"{index}.tsv"), "w", encoding="utf-8") as handle:
                    handle.write(tsv)

    threads = [threading.Thread(target=lane) for _ in range(max(1, args.threads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for failure in failures:
        sys.stderr.write(f"bench_tesserocr: {failure}\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
